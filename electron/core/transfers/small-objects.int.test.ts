import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { contentTypeFor } from '../s3/content-type.js';
import { interceptLean } from '../s3/lean-object-request.js';
import { startMultipartObjectServer } from '../s3/test-servers/multipart-object.js';
import { startOverlongObjectServer } from '../s3/test-servers/overlong-object.js';
import { testSettings } from '../test-support.js';
import { SMALL_OBJECT_MAX } from './download-small.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';
import { SMALL_UPLOAD_MAX } from './upload-small.js';

const admin = adminClient();
let bucket: TestBucket;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'small-objects');
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

/** Requests by path: the lean one (signed and sent without the SDK's commands) and SDK commands. */
function pathCounts(client: S3Client) {
  const lean = new Map<string, number>();
  const sdk = new Map<string, number>();
  interceptLean(client, (info, next) => {
    lean.set(info.commandName, (lean.get(info.commandName) ?? 0) + 1);
    return next();
  });
  client.middlewareStack.add(
    (next, context) => (args) => {
      const name = String(context.commandName);
      sdk.set(name, (sdk.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: `sdk-count-${Math.random()}` },
  );
  return { lean: (name: string) => lean.get(name) ?? 0, sdk: (name: string) => sdk.get(name) ?? 0 };
}

/** Holds the first lean request for `key` until released. */
function holdLean(client: S3Client, key: string) {
  let reach = (): void => undefined;
  let release = (): void => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  interceptLean(client, async (info, next) => {
    if (!held && info.input.Key === key) {
      held = true;
      reach();
      await released;
    }
    return next();
  });
  return { reached, release };
}

async function serverBytes(key: string): Promise<Buffer> {
  const out = await admin.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
  return Buffer.from(
    await (out.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
  );
}

async function withHarness(run: (h: Harness) => Promise<void>, endpoint?: string) {
  const h = harness(
    await tempDir('journal'),
    {},
    endpoint === undefined ? testSettings() : { ...testSettings(), endpoint },
  );
  try {
    await run(h);
  } finally {
    await h.close();
  }
}

async function download(h: Harness, bucketName: string, keys: string[], out: string) {
  const { jobs } = await h.queue.enqueueDownload({
    profileId: PROFILE,
    bucket: bucketName,
    keys,
    destinationDir: out,
    conflict: 'overwrite',
  });
  return jobs.map((j) => j.id);
}

describe('small objects against RGW', () => {
  it('download byte-exact in one lean GET each, checked by MD5; bigger ones stream through the SDK', async () => {
    const objects: Record<string, Buffer> = {
      'd/one.bin': randomBytes(1),
      // Encoded and signed as the SDK does: spaces, reserved marks, non-ASCII.
      "d/sp ace+plus (1)!*'~é😀.bin": randomBytes(100),
      'd/mid.bin': randomBytes(64 * 1024),
      'd/max.bin': randomBytes(SMALL_OBJECT_MAX),
      'd/over.bin': randomBytes(SMALL_OBJECT_MAX + 1),
    };
    for (const [Key, Body] of Object.entries(objects))
      await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key, Body }));
    await withHarness(async (h) => {
      const count = pathCounts(h.client);
      const out = await tempDir('small-down');
      const ids = await download(h, bucket.name, Object.keys(objects), out);
      const done = await Promise.all(ids.map((id) => h.queue.settled(id)));
      expect(done.map((j) => [j.state, j.checks])).toEqual(
        done.map(() => ['succeeded', { md5: 1 }]),
      );
      for (const [key, body] of Object.entries(objects))
        expect((await readFile(join(out, key.slice(2)))).equals(body)).toBe(true);
      expect(count.lean('GetObjectCommand')).toBe(4);
      expect(count.sdk('GetObjectCommand')).toBe(1);
      expect((await readdir(out)).sort()).toEqual(
        Object.keys(objects)
          .map((key) => key.slice(2))
          .sort(),
      );
    });
  });

  it('upload byte-exact in one lean PUT each, with their content type; bigger ones through the SDK', async () => {
    const dir = await tempDir('small-up');
    const files: Record<string, Buffer> = {
      'note.txt': Buffer.from('a small note'),
      "sp ace+plus (1)!*'~é😀.bin": randomBytes(100),
      'mid.bin': randomBytes(64 * 1024),
      'max.bin': randomBytes(SMALL_UPLOAD_MAX),
      'over.bin': randomBytes(SMALL_UPLOAD_MAX + 1),
    };
    for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
    await withHarness(async (h) => {
      const count = pathCounts(h.client);
      const jobs = await h.queue.enqueueUpload({
        profileId: PROFILE,
        bucket: bucket.name,
        keyPrefix: 'u/',
        paths: Object.keys(files).map((name) => join(dir, name)),
        conflict: 'overwrite',
      });
      const done = await Promise.all(jobs.map((j) => h.queue.settled(j.id)));
      expect(done.map((j) => j.state)).toEqual(done.map(() => 'succeeded'));
      expect(done.map((j) => j.bytesDone)).toEqual(Object.values(files).map((b) => b.length));
      for (const [name, body] of Object.entries(files))
        expect((await serverBytes(`u/${name}`)).equals(body)).toBe(true);
      const note = await admin.send(
        new HeadObjectCommand({ Bucket: bucket.name, Key: 'u/note.txt' }),
      );
      expect(note.ContentType).toBe(contentTypeFor('note.txt'));
      expect(count.lean('PutObjectCommand')).toBe(4);
      expect(count.sdk('PutObjectCommand')).toBe(1);
    });
  });

  it('a small upload does not replace a key that appeared meanwhile (If-None-Match on the lean PUT)', async () => {
    const dir = await tempDir('small-late');
    await writeFile(join(dir, 'late.txt'), 'mine');
    await withHarness(async (h) => {
      const count = pathCounts(h.client);
      // Another client writes the key after the listing said it was free.
      interceptLean(h.client, async (info, next) => {
        if (info.input.Key === 'l/late.txt' && count.lean('PutObjectCommand') === 1)
          await admin.send(
            new PutObjectCommand({ Bucket: bucket.name, Key: 'l/late.txt', Body: 'theirs' }),
          );
        return next();
      });
      const [job] = await h.queue.enqueueUpload({
        profileId: PROFILE,
        bucket: bucket.name,
        keyPrefix: 'l/',
        paths: [join(dir, 'late.txt')],
        conflict: 'skip',
      });
      expect(await h.queue.settled(job?.id ?? '')).toMatchObject({
        state: 'succeeded',
        skippedCount: 1,
      });
      expect((await serverBytes('l/late.txt')).toString()).toBe('theirs');
      expect(count.lean('PutObjectCommand')).toBe(1);
    });
  });

  it('pause while a small GET is held, then resume: it starts over and ends byte-exact, no temporary file left', async () => {
    const body = randomBytes(64 * 1024);
    await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'p/held.bin', Body: body }));
    await withHarness(async (h) => {
      const count = pathCounts(h.client);
      const held = holdLean(h.client, 'p/held.bin');
      const out = await tempDir('small-pause');
      const [id = ''] = await download(h, bucket.name, ['p/held.bin'], out);
      await held.reached;
      // Pausing waits for the request to end; the abort is already signalled when it returns.
      const pausing = h.queue.pause({ id });
      held.release();
      const [paused] = await pausing;
      expect(paused?.state).toBe('paused');
      await h.waitFor((j) => j.id === id && j.state === 'paused');
      expect(await readdir(out)).toEqual([]);
      await h.queue.resume({ id });
      const done = await h.queue.settled(id);
      expect(done).toMatchObject({ state: 'succeeded', checks: { md5: 1 } });
      expect((await readFile(join(out, 'held.bin'))).equals(body)).toBe(true);
      expect(await readdir(out)).toEqual(['held.bin']);
      expect(count.lean('GetObjectCommand')).toBe(2);
    });
  });

  it('cancel while a small PUT is held: the job is canceled and nothing is stored', async () => {
    const dir = await tempDir('small-cancel');
    await writeFile(join(dir, 'gone.bin'), randomBytes(1000));
    await withHarness(async (h) => {
      const held = holdLean(h.client, 'c/gone.bin');
      const [job] = await h.queue.enqueueUpload({
        profileId: PROFILE,
        bucket: bucket.name,
        keyPrefix: 'c/',
        paths: [join(dir, 'gone.bin')],
        conflict: 'overwrite',
      });
      const id = job?.id ?? '';
      await held.reached;
      const canceling = h.queue.cancel({ id });
      held.release();
      const [canceled] = await canceling;
      expect(canceled?.state).toBe('canceled');
      expect((await h.queue.settled(id)).state).toBe('canceled');
      await expect(
        admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'c/gone.bin' })),
      ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    });
  });
});

describe('small objects from a server that lies', () => {
  it('a byte damaged on the way fails the check of a small object and nothing is kept', async () => {
    const body = randomBytes(64 * 1024);
    const server = await startMultipartObjectServer([body], { corruptAt: 1000 });
    try {
      await withHarness(async (h) => {
        const count = pathCounts(h.client);
        const out = await tempDir('small-damaged');
        const [id = ''] = await download(h, 'lying-bucket', ['damaged.bin'], out);
        const done = await h.queue.settled(id);
        expect(done).toMatchObject({ state: 'failed', error: { code: 'ChecksumMismatch' } });
        expect(await readdir(out)).toEqual([]);
        expect(count.lean('GetObjectCommand')).toBe(1);
      }, server.endpoint);
    } finally {
      await server.close();
    }
  });

  it('an answer longer than the object is refused before a byte is kept', async () => {
    const server = await startOverlongObjectServer(Buffer.from('ten bytes!'), 'longer');
    try {
      await withHarness(async (h) => {
        const count = pathCounts(h.client);
        const out = await tempDir('small-longer');
        const [id = ''] = await download(h, 'lying-bucket', ['ten.bin'], out);
        const done = await h.queue.settled(id);
        expect(done).toMatchObject({ state: 'failed', error: { code: 'ResponseTooLong' } });
        expect(await readdir(out)).toEqual([]);
        expect(count.lean('GetObjectCommand')).toBe(1);
        expect(count.sdk('GetObjectCommand')).toBe(0);
      }, server.endpoint);
    } finally {
      await server.close();
    }
  });
});
