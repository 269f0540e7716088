import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyFileCipher } from './key-file-cipher.js';

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
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'secret.key'), 'short');
    await expect(createKeyFileCipher(dir)).rejects.toThrow(/not a 32-byte key/);
    expect(await readFile(join(dir, 'secret.key'), 'utf8')).toBe('short');
  });
});
