import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { contractCaller, testProfileDraft } from '../test-support.js';
import { DEFAULT_THRESHOLD } from './part-plan.js';
import { randomFile, tempDir } from './test-files.js';
import { TaskWatch } from './test-support/core-tasks.js';

// Every upload path stores the Content-Type its file name implies, checked with HeadObject.
const admin = adminClient();
let bucket: TestBucket;
let core: Core;
let dir: string;
let profileId: string;
let call: ReturnType<typeof contractCaller>;
const watch = new TaskWatch();

async function storedType(key: string): Promise<string | undefined> {
  const head = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key }));
  return head.ContentType;
}

async function uploadAndWait(paths: string[], keyPrefix: string): Promise<void> {
  const { id } = await call('tasks.start', {
    kind: 'upload',
    profileId,
    bucket: bucket.name,
    keyPrefix,
    // The host grants what the user dropped or picked; the contract only sees the grant.
    grants: await Promise.all(paths.map((path) => core.grants.issueRead(HOST_SCOPE, path))),
  });
  const task = await watch.ended(id);
  if (task.state !== 'succeeded') throw new Error(JSON.stringify(task.problems));
}

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'ctype');
  // The files to upload live beside the app's data folder, never in it (the host refuses that).
  dir = await tempDir('ctype');
  const dataDir = await tempDir('ctype-data');
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'web', version: 'test' },
    emit: watch.emit,
  });
  call = contractCaller(core.dispatch);
  ({ id: profileId } = await call('profiles.save', testProfileDraft()));
});
afterAll(async () => {
  core.close();
  await bucket.remove();
  admin.destroy();
});

describe('Content-Type of uploads, from the file name', () => {
  it('transfers: a small file (single PUT) and one over the multipart threshold', async () => {
    await writeFile(join(dir, 'index.html'), '<!doctype html><p>héllo</p>');
    await writeFile(join(dir, 'blob.unknownext'), 'bytes');
    const big = await randomFile(dir, 'large.png', DEFAULT_THRESHOLD + 1024);
    await uploadAndWait(
      [join(dir, 'index.html'), join(dir, 'blob.unknownext'), big.source.path],
      'site/',
    );

    expect(await storedType('site/index.html')).toBe('text/html; charset=utf-8');
    expect(await storedType('site/blob.unknownext')).toBe('application/octet-stream');
    expect(await storedType('site/large.png')).toBe('image/png');
    const head = await admin.send(
      new HeadObjectCommand({ Bucket: bucket.name, Key: 'site/large.png' }),
    );
    // The large one really went as a multipart upload.
    expect(head.ETag).toMatch(/-\d+"$/);
  });

  it('transfers: the files of a folder', async () => {
    const folder = join(await tempDir('ctype-folder'), 'web');
    await mkdir(join(folder, 'css'), { recursive: true });
    await writeFile(join(folder, 'css', 'site.css'), 'p { color: red }');
    await uploadAndWait([folder], '');
    expect(await storedType('web/css/site.css')).toBe('text/css; charset=utf-8');
  });

  it('objects.put: a file and a text', async () => {
    await writeFile(join(dir, 'data.json'), '{"a":1}');
    await call('objects.put', {
      profileId,
      bucket: bucket.name,
      key: 'put/data.json',
      source: {
        kind: 'file',
        grant: await core.grants.issueRead(HOST_SCOPE, join(dir, 'data.json')),
      },
    });
    await call('objects.put', {
      profileId,
      bucket: bucket.name,
      key: 'put/readme.md',
      source: { kind: 'text', text: '# title' },
    });
    await call('objects.put', {
      profileId,
      bucket: bucket.name,
      key: 'put/chosen.json',
      source: { kind: 'text', text: '{}' },
      contentType: 'application/x-chosen',
    });
    expect(await storedType('put/data.json')).toBe('application/json');
    expect(await storedType('put/readme.md')).toBe('text/markdown; charset=utf-8');
    // A type the caller names wins over the file name.
    expect(await storedType('put/chosen.json')).toBe('application/x-chosen');
  });

  it('multipart.create without a type', async () => {
    const part = await randomFile(dir, 'clip.bin', 1024);
    const ref = { profileId, bucket: bucket.name, key: 'mp/clip.mp4' };
    const { uploadId } = await call('multipart.create', ref);
    const { etag } = await call('multipart.uploadPart', {
      ...ref,
      uploadId,
      partNumber: 1,
      source: {
        kind: 'file',
        grant: await core.grants.issueRead(HOST_SCOPE, part.source.path),
        offset: 0,
        length: 1024,
      },
    });
    await call('multipart.complete', { ...ref, uploadId, parts: [{ partNumber: 1, etag }] });
    expect(await storedType('mp/clip.mp4')).toBe('video/mp4');
  });
});
