import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatch.js';
import {
  channelNames,
  countingHandlers,
  invalidInputs,
  prototypePolluted,
  refusalProblem,
} from './fuzz/invalid-inputs.js';

/** Generated invalid inputs per channel, straight into the one gate both hosts call. */
const RUNS_PER_CHANNEL = 60;
const ctx = { signal: new AbortController().signal };
let cases = 0;

afterAll(() => {
  console.log(
    `contract fuzz (dispatcher): ${cases} invalid inputs over ${channelNames.length} channels`,
  );
});

describe('the dispatcher refuses every invalid input, naming the field, running no handler', () => {
  const { handlers, calls } = countingHandlers();
  const dispatch = createDispatcher(handlers, (err) => ({
    code: 'Internal',
    message: String(err),
  }));

  it.each(channelNames)('%s', async (channel) => {
    await fc.assert(
      fc.asyncProperty(invalidInputs(channel), async (c) => {
        cases += 1;
        const envelope = await dispatch(channel, c.input, ctx);
        expect(refusalProblem(envelope, c)).toBeUndefined();
        expect(calls()).toBe(0);
        expect(prototypePolluted()).toBe(false);
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
  });

  it('names the field inside a union the input matched no branch of', async () => {
    const envelope = await dispatch('profiles.test', { id: 5 }, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { details: { fields: ['id'] } } });
    expect(calls()).toBe(0);
  });
});
