import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileStore } from '../profiles/profile-store.js';
import { createKeyFileCipher } from './key-file-cipher.js';

/**
 * A data folder with one saved connection whose secret the key file sealed, and then the key
 * file gone; with the connections file's text as it was, to prove nothing touched it.
 */
export async function dataDirWithLostKey(): Promise<{ dir: string; profiles: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'holdall-lost-key-'));
  await new ProfileStore(dir, await createKeyFileCipher(dir)).save({
    name: 'rgw',
    provider: 'ceph',
    endpoint: 'http://127.0.0.1:7480',
    region: 'us-east-1',
    addressing: 'path',
    accessKeyId: 'AK',
    secretAccessKey: 'the-old-secret',
  });
  await rm(join(dir, 'secret.key'));
  return { dir, profiles: await readFile(join(dir, 'profiles.json'), 'utf8') };
}
