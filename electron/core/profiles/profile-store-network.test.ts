import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDraftSchema } from '../../../shared/domain/profile.js';
import type { ProfileDraft } from '../../../shared/domain/profile.js';
import { localDraft, newStore } from './test-support.js';

const draft: ProfileDraft = {
  ...localDraft,
  name: 'Behind the proxy',
  network: {
    proxy: { mode: 'url', url: 'http://proxy.example:3128', username: 'alice' },
    connectTimeout: 20,
  },
  proxyPassword: 'proxy-pass-5678',
};

describe('a connection’s network settings in the store', () => {
  it('seals the proxy password: never in the summary or on disk, back only in the core', async () => {
    const { store, dir } = await newStore();
    const saved = await store.save(draft);
    expect(saved).toMatchObject({ network: draft.network, hasProxyPassword: true });
    expect(JSON.stringify(await store.list())).not.toContain('proxy-pass');
    expect(await readFile(join(dir, 'profiles.json'), 'utf8')).not.toContain('proxy-pass');
    expect((await store.resolve(saved.id)).proxyPassword).toBe('proxy-pass-5678');
  });

  it('editing without a password keeps it; an empty one or no explicit proxy removes it', async () => {
    const { store } = await newStore();
    const saved = await store.save(draft);
    const { proxyPassword: _typed, secretAccessKey: _secret, ...rest } = draft;
    await store.save({ ...rest, id: saved.id });
    expect((await store.resolve(saved.id)).proxyPassword).toBe('proxy-pass-5678');
    await store.save({ ...rest, id: saved.id, proxyPassword: '' });
    expect((await store.resolve(saved.id)).proxyPassword).toBeUndefined();
    await store.save({ ...draft, id: saved.id, network: { proxy: { mode: 'environment' } } });
    const resolved = await store.resolve(saved.id);
    expect(resolved.proxyPassword).toBeUndefined();
    expect(resolved.hasProxyPassword).toBeUndefined();
  });
});

describe('network settings validation', () => {
  const parse = (network: unknown) => profileDraftSchema.safeParse({ ...draft, network });

  it('refuses a proxy URL holding credentials, a non-http proxy and out-of-range timeouts', () => {
    expect(parse({ proxy: { mode: 'url', url: 'http://a:b@proxy:3128' } }).success).toBe(false);
    expect(parse({ proxy: { mode: 'url', url: 'socks5://proxy:1080' } }).success).toBe(false);
    expect(parse({ connectTimeout: 0 }).success).toBe(false);
    expect(parse({ connectTimeout: 301 }).success).toBe(false);
    expect(parse({ connectTimeout: 1.5 }).success).toBe(false);
    expect(parse({ connectTimeout: 300 }).success).toBe(true);
  });

  it('a pinned certificate needs a SHA-256 fingerprint; a bundle needs a PEM certificate', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----';
    expect(parse({ trust: { mode: 'pinned', pem, fingerprint: 'ab:cd' } }).success).toBe(false);
    expect(parse({ trust: { mode: 'bundle', pem: 'not a certificate' } }).success).toBe(false);
    const fingerprint = Array.from({ length: 32 }, () => 'ab').join(':');
    const pinned = parse({ trust: { mode: 'pinned', pem, fingerprint } });
    expect(pinned.success && pinned.data.network?.trust).toMatchObject({
      fingerprint: fingerprint.toUpperCase(),
    });
  });
});
