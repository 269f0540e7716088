import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';

/** Temporary keys are renewed this long before they expire, or half their life if shorter. */
export const REFRESH_AHEAD_MS = 5 * 60_000;
/** Closer than this to expiry, requests wait for new keys rather than sign with dying ones. */
export const EXPIRY_MARGIN_MS = 10_000;

export interface RefreshingOptions {
  /** Names the source in errors, e.g. The credential process `get-keys`. */
  label: string;
  /** Asked on every use: true fetches again even though the keys have not expired (a file changed). */
  changed?: () => Promise<boolean>;
  now?: () => number;
}

interface Held {
  identity: AwsCredentialIdentity;
  refreshAt: number;
}

function refreshTime(identity: AwsCredentialIdentity, fetchedAt: number): number {
  const expires = identity.expiration?.getTime();
  if (expires === undefined) return Number.POSITIVE_INFINITY;
  return expires - Math.min(REFRESH_AHEAD_MS, (expires - fetchedAt) / 2);
}

/**
 * Keys from `fetch`, kept until shortly before they expire and renewed then in the background,
 * so running transfers keep signing with valid keys and never wait for the renewal; only in the
 * last seconds before expiry do requests wait for new keys. Concurrent callers share one fetch.
 * A failed renewal is tried again at the next request and, once the keys in hand have expired,
 * fails that request; keys that come already expired fail with `CredentialsExpired`. Marked
 * `memoized`, so the SDK asks on every request instead of keeping keys that have no expiry
 * forever (which would hide a rotated key in a file).
 */
export function refreshingProvider(
  fetch: () => Promise<AwsCredentialIdentity>,
  { label, changed, now = Date.now }: RefreshingOptions,
): AwsCredentialIdentityProvider {
  let held: Held | undefined;
  let pending: Promise<Held> | undefined;

  const fetchOnce = (): Promise<Held> => {
    pending ??= (async () => {
      try {
        const identity = await fetch();
        const fetchedAt = now();
        const expires = identity.expiration?.getTime();
        if (expires !== undefined && expires <= fetchedAt) {
          throw new AppError(
            'CredentialsExpired',
            `${label} gave keys that expired at ${new Date(expires).toISOString()}: renew them at their source and try again.`,
          );
        }
        held = { identity, refreshAt: refreshTime(identity, fetchedAt) };
        return held;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };

  const provide = async (): Promise<AwsCredentialIdentity> => {
    const current = held;
    if (current === undefined || (changed !== undefined && (await changed()))) {
      return (await fetchOnce()).identity;
    }
    const at = now();
    if (at < current.refreshAt) return current.identity;
    const expires = current.identity.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
    if (at < expires - EXPIRY_MARGIN_MS) {
      // Renewed in the background; a failure is tried again at the next request, and surfaces
      // there once these keys are too close to expiry to use.
      fetchOnce().catch(() => undefined);
      return current.identity;
    }
    try {
      return (await fetchOnce()).identity;
    } catch (err) {
      if (now() < expires) return current.identity;
      throw err;
    }
  };
  return Object.assign(provide, { memoized: true });
}
