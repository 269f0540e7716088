import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../../../e2e/fixtures/s3.js';
import { createVersionedBucket } from '../../../e2e/fixtures/versioned-bucket.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const admin = adminClient();
let bucket: Awaited<ReturnType<typeof createVersionedBucket>>;
const old = { big: randomBytes(3 * MiB), small: Buffer.from('old words') };
const versions = { big: '', small: '' };

async function put(key: string, body: Buffer): Promise<string> {
  const out = await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: body }));
  return out.VersionId ?? 'null';
}

beforeAll(async () => {
  bucket = await createVersionedBucket(admin, 'download-version');
  versions.big = await put('big.bin', old.big);
  versions.small = await put('note.txt', old.small);
  await put('big.bin', randomBytes(2 * MiB));
  await put('note.txt', Buffer.from('new words, and more of them'));
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

describe('a download of one version', () => {
  it('writes that version, not the latest, by ranges and whole, checked as any download', async () => {
    const h = harness(await tempDir('ver-journal'), { rangeThreshold: MiB });
    try {
      const out = await tempDir('ver-out');
      for (const [key, versionId] of [
        ['big.bin', versions.big],
        ['note.txt', versions.small],
      ] as const) {
        const { jobs } = await h.queue.enqueueDownload({
          profileId: PROFILE,
          bucket: bucket.name,
          keys: [key],
          versionId,
          destinationDir: out,
          conflict: 'ask',
        });
        const done = await h.queue.settled(jobs[0]?.id ?? '');
        expect(done).toMatchObject({ state: 'succeeded' });
      }
      expect((await readFile(join(out, 'big.bin'))).equals(old.big)).toBe(true);
      expect(await readFile(join(out, 'note.txt'), 'utf8')).toBe('old words');
    } finally {
      await h.close();
    }
  });
});
