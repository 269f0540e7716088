import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../profiles/profile-store.js';
import { createKeyFileCipher, KeyFileLostError } from './key-file-cipher.js';
import { dataDirWithLostKey } from './test-support.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'holdall-cipher-'));
}

describe('key-file cipher', () => {
  it('round-trips a secret and never writes it in the clear', async () => {
    const dir = await tempDir();
    const cipher = await createKeyFileCipher(dir);
    const sealed = await cipher.encrypt('wJalrXUtnFEMI/K7MDENG');
    expect(sealed).not.toContain('wJalrXUtnFEMI');
    expect(await cipher.decrypt(sealed)).toBe('wJalrXUtnFEMI/K7MDENG');
  });

  it('keeps its key readable by the owner only and reuses it across restarts', async () => {
    const dir = await tempDir();
    const sealed = await (await createKeyFileCipher(dir)).encrypt('s3cret');
    expect((await stat(join(dir, 'secret.key'))).mode & 0o777).toBe(0o600);
    expect(await (await createKeyFileCipher(dir)).decrypt(sealed)).toBe('s3cret');
  });

  it('says it is weaker than a keychain', async () => {
    const cipher = await createKeyFileCipher(await tempDir());
    expect(cipher.storage.kind).toBe('key-file');
    expect(cipher.storage.warning).toMatch(/weaker than the operating system keychain/);
  });

  it('rejects tampered ciphertext and another key', async () => {
    const a = await createKeyFileCipher(await tempDir());
    const b = await createKeyFileCipher(await tempDir());
    const sealed = await a.encrypt('s3cret');
    const raw = Buffer.from(sealed, 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    await expect(a.decrypt(raw.toString('base64'))).rejects.toThrow();
    await expect(b.decrypt(sealed)).rejects.toThrow();
  });

  it('refuses a key file of the wrong size instead of replacing it', async () => {
    const dir = await tempDir();
    await createKeyFileCipher(dir);
    await writeFile(join(dir, 'secret.key'), 'short');
    await expect(createKeyFileCipher(dir)).rejects.toThrow(/not a 32-byte key/);
    expect(await readFile(join(dir, 'secret.key'), 'utf8')).toBe('short');
  });
});

describe('a key file that vanished', () => {
  it('stops the start-up, saying so, and changes nothing', async () => {
    const { dir, profiles } = await dataDirWithLostKey();
    const started = createKeyFileCipher(dir);
    await expect(started).rejects.toBeInstanceOf(KeyFileLostError);
    await expect(started).rejects.toThrow(
      /secret\.key is missing, but 1 saved connection has its secret sealed with it.*--new-secret-key/,
    );
    await expect(stat(join(dir, 'secret.key'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(dir, 'profiles.json'), 'utf8')).toBe(profiles);
  });

  it('makes a new key only when asked, keeping the connections and saying what is lost', async () => {
    const { dir, profiles } = await dataDirWithLostKey();
    const told: number[] = [];
    const cipher = await createKeyFileCipher(dir, {
      replaceLostKey: true,
      onReplacedLostKey: (lost) => told.push(lost),
    });
    expect(told).toEqual([1]);
    expect((await stat(join(dir, 'secret.key'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'profiles.json'), 'utf8')).toBe(profiles);
    const store = new ProfileStore(dir, cipher);
    const [saved] = await store.list();
    await expect(store.resolve(saved?.id ?? '')).rejects.toMatchObject({
      code: 'SecretUnavailable',
    });
  });

  it('is not a loss on a first start, or with no saved secrets', async () => {
    const fresh = await tempDir();
    await expect(
      createKeyFileCipher(fresh, { sealedSecrets: () => Promise.resolve(0) }),
    ).resolves.toBeDefined();
    const empty = await tempDir();
    await writeFile(join(empty, 'profiles.json'), JSON.stringify({ version: 1, profiles: [] }));
    await expect(createKeyFileCipher(empty)).resolves.toBeDefined();
  });
});
