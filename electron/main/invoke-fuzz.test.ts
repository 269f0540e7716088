import type { IpcMainInvokeEvent, WebContents } from 'electron';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../shared/contract/dispatch.js';
import {
  channelNames,
  countingHandlers,
  invalidInputs,
  prototypePolluted,
  refusalProblem,
} from '../../shared/contract/fuzz/invalid-inputs.js';
import { toAppError } from '../core/s3/errors.js';
import { createInvokeHandler } from './invoke-handler.js';
import { WindowCalls } from './window-calls.js';

/**
 * The Electron host's boundary without an Electron binary: the function `ipcMain.handle` runs,
 * called with a fake event from our window and arguments passed through structured clone, as
 * IPC passes them (so values JSON cannot carry arrive too: BigInt, Date, Map, typed arrays …).
 */
const RUNS_PER_CHANNEL = 40;
// RSS keeps what the garbage collector has not handed back yet (CI saw +104 MiB on a run that
// leaked nothing); the bound is for runaway growth, like the 2 GiB one oversized answer once took.
const RSS_BUDGET_BYTES = 256 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

const ours = {} as WebContents;
const stranger = {} as WebContents;
const fromWindow = (sender: WebContents): IpcMainInvokeEvent =>
  ({ sender, senderFrame: { url: 'holdall://app/index.html', parent: null } }) as never;

const { handlers, calls } = countingHandlers();
const handle = createInvokeHandler(
  createDispatcher(handlers, toAppError),
  new Set([ours]),
  new WindowCalls(),
);
const invoke = (channel: unknown, input: unknown, sender = ours) =>
  handle(fromWindow(sender), structuredClone(channel), structuredClone(input));
let cases = 0;

afterAll(() => {
  console.log(`contract fuzz (Electron host): ${cases} calls over ${channelNames.length} channels`);
});

/** What a compromised renderer can send over IPC beyond JSON. */
const cloneOnlyValues: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n ** 30n,
  new Date(0),
  new Map([['profileId', 'abcdef']]),
  new Set(['a']),
  new Uint8Array(1024),
  /x/g,
  new Error('x'),
];

describe('the Electron host refuses every invalid input at its boundary', () => {
  it(
    'every channel: InvalidInput naming the field, no handler run, memory bounded',
    async () => {
      const rssBefore = process.memoryUsage().rss;
      for (const channel of channelNames) {
        await fc.assert(
          fc.asyncProperty(invalidInputs(channel, cloneOnlyValues), async (c) => {
            cases += 1;
            expect(refusalProblem(await invoke(channel, c.input), c), channel).toBeUndefined();
            expect(calls()).toBe(0);
          }),
          { numRuns: RUNS_PER_CHANNEL },
        );
      }
      expect(prototypePolluted()).toBe(false);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(RSS_BUDGET_BYTES);
    },
    TIMEOUT_MS,
  );

  it('answers an untrusted sender and a channel that is not a string without dispatching', async () => {
    expect(await invoke('host.info', {}, stranger)).toMatchObject({
      error: { code: 'AccessDenied' },
    });
    for (const channel of [undefined, 1, ['host.info'], { toString: 'host.info' }]) {
      expect(await invoke(channel, {})).toMatchObject({ error: { code: 'UnknownChannel' } });
    }
    expect(calls()).toBe(0);
  });

  it('still serves a valid call afterwards', async () => {
    expect(await invoke('host.info', {})).toEqual({ ok: true, value: {} });
    expect(calls()).toBe(1);
  });
});
