import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSummarySchema } from '../../../shared/domain/profile.js';
import type { ProfileDraft } from '../../../shared/domain/profile.js';
import { newStore } from './test-support.js';

const base = {
  name: 'Lab',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
} as const;

const withToken: ProfileDraft = {
  ...base,
  accessKeyId: 'ASIATEMPORARY',
  secretAccessKey: 'temporary-secret-9876',
  sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN-tail',
};

describe('ProfileStore credential sources', () => {
  it('reads a connections file written before credential sources as static keys', async () => {
    const { store, cipher, dir } = await newStore();
    // Exactly what earlier versions wrote: no credentialSource, no session token.
    const old = {
      version: 1,
      profiles: [
        {
          ...base,
          id: 'c0ffee00-0000-4000-8000-000000000001',
          accessKeyId: 'AKIDOLD',
          sealedSecret: await cipher.encrypt('old-secret-abcd'),
          secretHint: '…abcd',
        },
      ],
    };
    await writeFile(join(dir, 'profiles.json'), JSON.stringify(old));
    const [summary] = await store.list();
    expect(summary).toMatchObject({ accessKeyId: 'AKIDOLD', secretHint: '…abcd' });
    expect(summary?.credentialSource).toBeUndefined();
    const resolved = await store.resolve(old.profiles[0]?.id ?? '');
    expect(resolved).toMatchObject({ secretAccessKey: 'old-secret-abcd' });
    expect(resolved.sessionToken).toBeUndefined();
    // An edit made by this version keeps the old secret.
    await store.save({ ...base, id: summary?.id, name: 'Renamed', accessKeyId: 'AKIDOLD' });
    expect((await store.resolve(summary?.id ?? '')).secretAccessKey).toBe('old-secret-abcd');
  });

  it('seals a session token like the secret and shows only its hint', async () => {
    const { store, dir } = await newStore();
    const saved = await store.save(withToken);
    expect(saved.sessionTokenHint).toBe('…tail');
    expect(JSON.stringify(saved)).not.toContain('EXAMPLETOKEN');
    expect(profileSummarySchema.strict().safeParse(saved).success).toBe(true);
    expect(await readFile(join(dir, 'profiles.json'), 'utf8')).not.toContain('EXAMPLETOKEN');
    expect((await store.resolve(saved.id)).sessionToken).toBe(withToken.sessionToken);
  });

  it('keeps the stored token when an edit leaves it out, and removes it when emptied', async () => {
    const { store } = await newStore();
    const saved = await store.save(withToken);
    const { secretAccessKey: _s, sessionToken: _t, ...fields } = withToken;
    await store.save({ ...fields, id: saved.id, name: 'Renamed' });
    expect((await store.resolve(saved.id)).sessionToken).toBe(withToken.sessionToken);
    const cleared = await store.save({ ...fields, id: saved.id, sessionToken: '' });
    expect(cleared.sessionTokenHint).toBeUndefined();
    const resolved = await store.resolve(saved.id);
    expect(resolved.sessionToken).toBeUndefined();
    expect(resolved.secretAccessKey).toBe(withToken.secretAccessKey);
  });

  it('copies the token with the secret when duplicating', async () => {
    const { store } = await newStore();
    const saved = await store.save(withToken);
    const { secretAccessKey: _s, sessionToken: _t, ...fields } = withToken;
    const copy = await store.save({ ...fields, name: 'Copy', copySecretFrom: saved.id });
    expect((await store.resolve(copy.id)).sessionToken).toBe(withToken.sessionToken);
  });

  it('holds no secret for an AWS profile or a credential process', async () => {
    const { store } = await newStore();
    const profile = await store.save({
      ...base,
      accessKeyId: '',
      credentialSource: { kind: 'awsProfile', profileName: 'lab' },
    });
    const process = await store.save({
      ...base,
      name: 'Script',
      accessKeyId: '',
      credentialSource: { kind: 'process', command: '/opt/bin/get-keys --lab' },
    });
    expect(profile).toMatchObject({ secretHint: '', credentialSource: { profileName: 'lab' } });
    expect(await store.resolve(process.id)).toMatchObject({
      secretAccessKey: '',
      credentialSource: { kind: 'process', command: '/opt/bin/get-keys --lab' },
    });
  });

  it('drops the sealed keys when a connection moves to another source, and wants them back', async () => {
    const { store, dir } = await newStore();
    const saved = await store.save(withToken);
    const { secretAccessKey: _s, sessionToken: _t, ...fields } = withToken;
    await store.save({
      ...fields,
      id: saved.id,
      accessKeyId: '',
      credentialSource: { kind: 'process', command: 'get-keys' },
    });
    const onDisk = JSON.parse(await readFile(join(dir, 'profiles.json'), 'utf8')) as {
      profiles: Record<string, unknown>[];
    };
    expect(onDisk.profiles[0]).toMatchObject({ sealedSecret: '', secretHint: '' });
    expect(onDisk.profiles[0]).not.toHaveProperty('sealedSessionToken');
    await expect(
      store.save({ ...fields, id: saved.id, credentialSource: { kind: 'static' } }),
    ).rejects.toMatchObject({ code: 'InvalidInput' });
  });
});
