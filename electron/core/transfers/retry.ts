export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

const retryableErrno = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
]);
const retryableS3Codes = new Set([
  'SlowDown',
  'Throttling',
  'RequestTimeout',
  'InternalError',
  'ServiceUnavailable',
]);

/** Server hiccups and dropped sockets are worth another try; refusals are not. */
export function isRetryable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (e.name === 'AbortError') return false;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (e.name !== undefined && retryableS3Codes.has(e.name)) return true;
  if (e.name === 'TimeoutError') return true;
  return e.code !== undefined && retryableErrno.has(e.code);
}

/** Exponential backoff with full jitter, so parallel parts do not retry in lockstep. */
export function backoffMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

export class RetriesExhausted extends Error {
  constructor(
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(
      `Gave up after ${attempts} attempts: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'RetriesExhausted';
  }
}

/** Runs work until it succeeds, fails for good, or runs out of attempts; keeps the last cause. */
export async function withRetry<T>(
  work: (attempt: number) => Promise<T>,
  options: {
    policy?: RetryPolicy;
    signal?: AbortSignal;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await work(attempt);
    } catch (err) {
      if (!isRetryable(err) || options.signal?.aborted === true) throw err;
      if (attempt + 1 >= policy.maxAttempts) throw new RetriesExhausted(attempt + 1, err);
      await sleep(backoffMs(attempt, policy));
    }
  }
}
