import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../shared/contract/dispatch.js';
import {
  channelNames,
  countingHandlers,
  invalidInputs,
  prototypePolluted,
  refusalProblem,
} from '../../shared/contract/fuzz/invalid-inputs.js';
import { toAppError } from '../core/s3/errors.js';
import { launch } from './test-support/start-test-host.js';
import { startWebHost } from './web-host.js';
import type { WebHost } from './web-host.js';

/** Generated invalid inputs per channel through `POST /api/invoke/<channel>` of a real host. */
const RUNS_PER_CHANNEL = 10;
// RSS keeps what the garbage collector has not handed back yet (CI saw +104 MiB on a run that
// leaked nothing); the bound is for runaway growth, like the 2 GiB one oversized answer once took.
const RSS_BUDGET_BYTES = 256 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

const { handlers, calls } = countingHandlers();
let host: WebHost;
let rendererDir: string;
let cookie: string;
let cases = 0;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'holdall-fuzz-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Holdall</title>');
  host = await startWebHost({
    rendererDir,
    createDispatch: () => createDispatcher(handlers, toAppError),
  });
  cookie = await launch(host.url);
});
afterAll(async () => {
  await host.close();
  await rm(rendererDir, { recursive: true, force: true });
  console.log(
    `contract fuzz (browser host): ${cases} requests over ${channelNames.length} channels`,
  );
});

async function invoke(channel: string, body: string): Promise<{ status: number; json: unknown }> {
  cases += 1;
  const response = await fetch(`http://127.0.0.1:${host.port}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body,
  });
  return { status: response.status, json: await response.json() };
}

describe('the browser host refuses every invalid input at its boundary', () => {
  it(
    'every channel: InvalidInput naming the field, no handler run, memory bounded',
    async () => {
      const rssBefore = process.memoryUsage().rss;
      for (const channel of channelNames) {
        await fc.assert(
          fc.asyncProperty(invalidInputs(channel), async (c) => {
            const { status, json } = await invoke(channel, JSON.stringify(c.input) ?? '');
            expect(status, channel).toBe(200);
            expect(refusalProblem(json, c), channel).toBeUndefined();
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

  it('refuses bodies that are not JSON, nested 200,000 deep, or over the 8 MiB limit, with an envelope', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const answers = await Promise.all([
      invoke('buckets.list', '{"profileId":'),
      invoke('buckets.list', deep),
      invoke('buckets.list', JSON.stringify({ profileId: 'x'.repeat(9 * 1024 * 1024) })),
    ]);
    // Over the limit the host used to drop the connection: the page saw a network error, not why.
    expect(answers.map((a) => a.status)).toEqual([400, 200, 413]);
    for (const { json } of answers) expect(json).toMatchObject({ error: { code: 'InvalidInput' } });
    expect(calls()).toBe(0);
  });

  it('refuses channel names that are not channels, prototype keys included', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'fs.readFile']) {
      expect((await invoke(name, '{}')).json).toMatchObject({ error: { code: 'UnknownChannel' } });
    }
    expect(calls()).toBe(0);
  });

  it('still serves a valid call afterwards', async () => {
    expect((await invoke('host.info', '{}')).json).toEqual({ ok: true, value: {} });
    expect(calls()).toBe(1);
  });
});
