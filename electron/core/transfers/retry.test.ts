import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryable, RetriesExhausted, withRetry } from './retry.js';

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };
const noSleep = () => Promise.resolve();

function s3Error(name: string, status: number) {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
}

describe('isRetryable', () => {
  it.each([
    [s3Error('InternalError', 500), true],
    [s3Error('SlowDown', 503), true],
    [Object.assign(new Error('reset'), { code: 'ECONNRESET' }), true],
    [s3Error('AccessDenied', 403), false],
    [s3Error('NoSuchBucket', 404), false],
    [Object.assign(new Error('aborted'), { name: 'AbortError' }), false],
  ])('%s → %s', (err, expected) => {
    expect(isRetryable(err)).toBe(expected);
  });
});

describe('backoffMs', () => {
  it('grows exponentially up to the cap, jittered below it', () => {
    expect(backoffMs(0, policy, () => 0.999)).toBe(99);
    expect(backoffMs(3, policy, () => 0.999)).toBe(799);
    expect(backoffMs(10, policy, () => 0.999)).toBe(999);
    expect(backoffMs(10, policy, () => 0)).toBe(0);
  });
});

describe('withRetry', () => {
  it('retries retryable failures and returns the eventual success', async () => {
    let calls = 0;
    const result = await withRetry(
      () => (++calls < 3 ? Promise.reject(s3Error('InternalError', 500)) : Promise.resolve('ok')),
      { policy, sleep: noSleep },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('does not retry a refusal', async () => {
    let calls = 0;
    await expect(
      withRetry(() => (calls++, Promise.reject(s3Error('AccessDenied', 403))), {
        policy,
        sleep: noSleep,
      }),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    expect(calls).toBe(1);
  });

  it('gives up after the bounded attempts and keeps the last cause', async () => {
    let calls = 0;
    const failure = await withRetry(() => Promise.reject(s3Error(`InternalError`, 500 + calls++)), {
      policy,
      sleep: noSleep,
    }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(RetriesExhausted);
    expect((failure as RetriesExhausted).attempts).toBe(4);
    expect((failure as RetriesExhausted).cause).toMatchObject({
      $metadata: { httpStatusCode: 503 },
    });
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    const run = withRetry(
      () => {
        abort.abort();
        return Promise.reject(s3Error('InternalError', 500));
      },
      { policy, sleep: noSleep, signal: abort.signal },
    );
    await expect(run).rejects.toMatchObject({ name: 'InternalError' });
  });
});
