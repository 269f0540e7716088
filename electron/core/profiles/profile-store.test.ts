import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../../../shared/domain/profile.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { ProfileStore } from './profile-store.js';
import { localDraft, newStore } from './test-support.js';

const draft: ProfileDraft = localDraft;

describe('ProfileStore', () => {
  it('starts empty', async () => {
    const { store } = await newStore();
    expect(await store.list()).toEqual([]);
  });

  it('saves a profile whose secret never appears in summaries or on disk', async () => {
    const { store, dir } = await newStore();
    const saved = await store.save(draft);
    expect(saved).not.toHaveProperty('secretAccessKey');
    expect(saved.secretHint).toBe('…1234');
    expect(await store.list()).toEqual([saved]);
    const onDisk = await readFile(join(dir, 'profiles.json'), 'utf8');
    expect(onDisk).not.toContain('topsecret');
    expect((await stat(join(dir, 'profiles.json'))).mode & 0o777).toBe(0o600);
    expect((await store.resolve(saved.id)).secretAccessKey).toBe('topsecret-value-1234');
  });

  it('keeps the stored secret when an edit leaves it out', async () => {
    const { store } = await newStore();
    const saved = await store.save(draft);
    const { secretAccessKey: _omit, ...rest } = draft;
    const edited = await store.save({ ...rest, id: saved.id, name: 'Renamed' });
    expect(edited.name).toBe('Renamed');
    expect((await store.list()).length).toBe(1);
    expect((await store.resolve(saved.id)).secretAccessKey).toBe('topsecret-value-1234');
  });

  it('requires a secret for a new profile', async () => {
    const { store } = await newStore();
    const { secretAccessKey: _omit, ...rest } = draft;
    await expect(store.save(rest)).rejects.toMatchObject({ code: 'InvalidInput' });
    expect(await store.list()).toEqual([]);
  });

  it('deletes, and reports unknown ids', async () => {
    const { store } = await newStore();
    const saved = await store.save(draft);
    await store.delete(saved.id);
    expect(await store.list()).toEqual([]);
    await expect(store.delete(saved.id)).rejects.toMatchObject({ code: 'ProfileNotFound' });
    await expect(store.resolve(saved.id)).rejects.toMatchObject({ code: 'ProfileNotFound' });
  });

  it('loses no profile when saves race', async () => {
    const { store } = await newStore();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.save({ ...draft, name: `p${i}` })),
    );
    expect((await store.list()).map((p) => p.name).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `p${i}`).sort(),
    );
  });

  it('refuses to overwrite a connections file it cannot read', async () => {
    const { store, dir } = await newStore();
    await writeFile(join(dir, 'profiles.json'), JSON.stringify({ version: 99, profiles: [] }));
    await expect(store.save(draft)).rejects.toThrow(/not a connections file/);
    expect(JSON.parse(await readFile(join(dir, 'profiles.json'), 'utf8'))).toEqual({
      version: 99,
      profiles: [],
    });
  });

  it('asks for the secret again when it was sealed by another key', async () => {
    const { store, dir } = await newStore();
    const saved = await store.save(draft);
    const other = new ProfileStore(
      dir,
      await createKeyFileCipher(await mkdtemp(join(tmpdir(), 'k-'))),
    );
    await expect(other.resolve(saved.id)).rejects.toMatchObject({ code: 'SecretUnavailable' });
  });
});
