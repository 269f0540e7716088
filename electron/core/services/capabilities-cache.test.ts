import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it, vi } from 'vitest';
import type { BucketCapabilities } from '../../../shared/domain/capabilities.js';
import type { ResolvedProfile } from '../profiles/profile-store.js';
import type { S3Session } from '../s3/client-pool.js';
import { dialects } from '../s3/dialects.js';
import { CapabilitiesCache } from './capabilities-cache.js';
import type { Probe } from './capabilities-probe.js';

const supported = { status: 'supported' } as const;

function answer(checkedAt: string): BucketCapabilities {
  return {
    policy: supported,
    acl: supported,
    cors: supported,
    website: supported,
    replication: supported,
    notification: supported,
    versioning: supported,
    tagging: supported,
    publicAccessBlock: supported,
    requestPayment: supported,
    objectLock: supported,
    lifecycle: supported,
    versions: supported,
    checkedAt,
  };
}

function session(): S3Session {
  return {
    client: {} as S3Client,
    dialect: dialects.ceph,
    profile: {} as ResolvedProfile,
  };
}

function setup() {
  let now = 1_000;
  let calls = 0;
  const probe = vi.fn<Probe>(() => Promise.resolve(answer(`probe-${++calls}`)));
  const cache = new CapabilitiesCache({ ttlMs: 60_000, now: () => now, probe });
  return { cache, probe, advance: (ms: number) => (now += ms) };
}

describe('CapabilitiesCache', () => {
  it('probes once per profile and bucket within the time to live', async () => {
    const { cache, probe } = setup();
    const s = session();
    const first = await cache.get(s, { profileId: 'p1', bucket: 'b' });
    const second = await cache.get(s, { profileId: 'p1', bucket: 'b' });
    expect(second).toBe(first);
    expect(probe).toHaveBeenCalledTimes(1);
    await cache.get(s, { profileId: 'p1', bucket: 'other' });
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('probes again after the time to live', async () => {
    const { cache, probe, advance } = setup();
    const s = session();
    await cache.get(s, { profileId: 'p1', bucket: 'b' });
    advance(60_000);
    expect((await cache.get(s, { profileId: 'p1', bucket: 'b' })).checkedAt).toBe('probe-2');
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('refresh: true bypasses the cache and stores the new answer', async () => {
    const { cache } = setup();
    const s = session();
    await cache.get(s, { profileId: 'p1', bucket: 'b' });
    const fresh = await cache.get(s, { profileId: 'p1', bucket: 'b', refresh: true });
    expect(fresh.checkedAt).toBe('probe-2');
    expect((await cache.get(s, { profileId: 'p1', bucket: 'b' })).checkedAt).toBe('probe-2');
  });

  it('a new session (the profile was saved) voids the old answer', async () => {
    const { cache, probe } = setup();
    await cache.get(session(), { profileId: 'p1', bucket: 'b' });
    await cache.get(session(), { profileId: 'p1', bucket: 'b' });
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('does not keep failures', async () => {
    const { cache, probe } = setup();
    probe.mockRejectedValueOnce(new Error('down'));
    const s = session();
    await expect(cache.get(s, { profileId: 'p1', bucket: 'b' })).rejects.toThrow('down');
    expect((await cache.get(s, { profileId: 'p1', bucket: 'b' })).checkedAt).toBe('probe-1');
  });
});
