import type { AwsCredentialIdentity } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import { EXPIRY_MARGIN_MS, REFRESH_AHEAD_MS, refreshingProvider } from './refreshing-provider.js';

/** Lets a renewal started in the background finish. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

const HOUR = 3_600_000;

/** A source handing out numbered keys that expire `lifetimeMs` after the clock's time. */
function source(clock: { now: number }, lifetimeMs: number | undefined) {
  const calls = { count: 0, fail: false };
  const fetch = (): Promise<AwsCredentialIdentity> => {
    calls.count += 1;
    if (calls.fail) return Promise.reject(new Error('the source is down'));
    const identity: AwsCredentialIdentity = {
      accessKeyId: `AKID${calls.count}`,
      secretAccessKey: 'secret',
      ...(lifetimeMs === undefined ? {} : { expiration: new Date(clock.now + lifetimeMs) }),
    };
    return Promise.resolve(identity);
  };
  return { calls, fetch };
}

describe('refreshingProvider', () => {
  it('keeps keys until shortly before they expire, then renews them without making requests wait', async () => {
    const clock = { now: 0 };
    const { calls, fetch } = source(clock, HOUR);
    const provide = refreshingProvider(fetch, { label: 'test', now: () => clock.now });
    expect((await provide()).accessKeyId).toBe('AKID1');
    clock.now = HOUR - REFRESH_AHEAD_MS - 1;
    expect((await provide()).accessKeyId).toBe('AKID1');
    expect(calls.count).toBe(1);
    clock.now = HOUR - REFRESH_AHEAD_MS;
    // The request in flight signs with the keys in hand; the renewal runs beside it.
    expect((await provide()).accessKeyId).toBe('AKID1');
    await settled();
    expect((await provide()).accessKeyId).toBe('AKID2');
    expect(calls.count).toBe(2);
  });

  it('waits for new keys in the last seconds before expiry', async () => {
    const clock = { now: 0 };
    const { fetch } = source(clock, HOUR);
    const provide = refreshingProvider(fetch, { label: 'test', now: () => clock.now });
    await provide();
    clock.now = HOUR - EXPIRY_MARGIN_MS;
    expect((await provide()).accessKeyId).toBe('AKID2');
  });

  it('renews short-lived keys at half their life, not on every request', async () => {
    const clock = { now: 0 };
    const { calls, fetch } = source(clock, 60_000);
    const provide = refreshingProvider(fetch, { label: 'test', now: () => clock.now });
    await provide();
    clock.now = 29_000;
    await provide();
    expect(calls.count).toBe(1);
    clock.now = 30_000;
    await provide();
    await settled();
    expect((await provide()).accessKeyId).toBe('AKID2');
  });

  it('runs one fetch for many requests at once', async () => {
    const clock = { now: 0 };
    const { calls, fetch } = source(clock, HOUR);
    const provide = refreshingProvider(fetch, { label: 'test', now: () => clock.now });
    await Promise.all(Array.from({ length: 20 }, () => provide()));
    expect(calls.count).toBe(1);
  });

  it('keeps the keys in hand while renewing fails, then says why once they expire', async () => {
    const clock = { now: 0 };
    const { calls, fetch } = source(clock, HOUR);
    const provide = refreshingProvider(fetch, { label: 'test', now: () => clock.now });
    await provide();
    calls.fail = true;
    clock.now = HOUR - REFRESH_AHEAD_MS;
    expect((await provide()).accessKeyId).toBe('AKID1');
    await settled();
    clock.now = HOUR - 1000;
    expect((await provide()).accessKeyId).toBe('AKID1');
    expect(calls.count).toBe(3);
    clock.now = HOUR;
    await expect(provide()).rejects.toThrow('the source is down');
  });

  it('refuses keys that come already expired with CredentialsExpired, naming the source', async () => {
    const clock = { now: 0 };
    const { fetch } = source(clock, -1);
    const provide = refreshingProvider(fetch, {
      label: 'The credential process `x`',
      now: () => clock.now,
    });
    const failure = await provide().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'CredentialsExpired' });
    expect((failure as Error).message).toMatch(
      /^The credential process `x` gave keys that expired at /,
    );
  });

  it('keeps keys without expiry until the source says it changed', async () => {
    const clock = { now: 0 };
    const { calls, fetch } = source(clock, undefined);
    let changed = false;
    const provide = refreshingProvider(fetch, {
      label: 'test',
      now: () => clock.now,
      changed: () => Promise.resolve(changed),
    });
    await provide();
    clock.now = 1000 * HOUR;
    expect((await provide()).accessKeyId).toBe('AKID1');
    changed = true;
    expect((await provide()).accessKeyId).toBe('AKID2');
    expect(calls.count).toBe(2);
  });

  it('is marked memoized, so the SDK asks it on every request', () => {
    const provide = refreshingProvider(() => Promise.reject(new Error('unused')), { label: 't' });
    expect((provide as { memoized?: boolean }).memoized).toBe(true);
  });
});
