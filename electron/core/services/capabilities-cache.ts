import type { BucketCapabilities } from '../../../shared/domain/capabilities.js';
import type { S3Session } from '../s3/client-pool.js';
import { probeCapabilities } from './capabilities-probe.js';
import type { Probe } from './capabilities-probe.js';

export const CAPABILITIES_TTL_MS = 5 * 60_000;

interface Entry {
  /** The session the answer came from: a saved profile gets a new one, which voids the entry. */
  session: S3Session;
  value: BucketCapabilities;
  expiresAt: number;
}

export interface ProbeRequest {
  profileId: string;
  bucket: string;
  refresh?: boolean | undefined;
}

/**
 * Probes once per profile and bucket every few minutes: the answer changes only when the
 * server does. Only successful probes are kept, so a failure is retried on the next call.
 */
export class CapabilitiesCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #probe: Probe;

  constructor(options: { ttlMs?: number; now?: () => number; probe?: Probe } = {}) {
    this.#ttlMs = options.ttlMs ?? CAPABILITIES_TTL_MS;
    this.#now = options.now ?? Date.now;
    this.#probe = options.probe ?? probeCapabilities;
  }

  async get(
    session: S3Session,
    { profileId, bucket, refresh }: ProbeRequest,
    signal?: AbortSignal,
  ): Promise<BucketCapabilities> {
    const key = `${profileId}\n${bucket}`;
    const hit = this.#entries.get(key);
    if (refresh !== true && hit?.session === session && hit.expiresAt > this.#now()) {
      return hit.value;
    }
    const value = await this.#probe(session.client, session.dialect, bucket, signal);
    this.#prune();
    this.#entries.set(key, { session, value, expiresAt: this.#now() + this.#ttlMs });
    return value;
  }

  #prune(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}
