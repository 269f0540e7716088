import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfileDraft } from '../../../shared/domain/profile.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { ProfileStore } from './profile-store.js';

/** A connection to a local RGW with static keys, for the store's tests to vary. */
export const localDraft = {
  name: 'Local RGW',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'topsecret-value-1234',
} as const satisfies ProfileDraft;

/** A store in a fresh data folder of its own, with the cipher that seals its secrets. */
export async function newStore() {
  const dir = await mkdtemp(join(tmpdir(), 'holdall-store-'));
  const cipher = await createKeyFileCipher(dir);
  return { store: new ProfileStore(dir, cipher), cipher, dir };
}
