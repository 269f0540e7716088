import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { presignPost } from './presign-post.js';

const run = promisify(execFile);
const admin = adminClient();
const client = createS3Client(testSettings());
const buckets: TestBucket[] = [];
let dir: string;

async function bucket(label: string): Promise<string> {
  const b = await createTestBucket(admin, label);
  buckets.push(b);
  return b.name;
}

/** A browser-style multipart/form-data POST: the fields, then the file, last. */
async function postForm(
  post: { url: string; fields: Record<string, string> },
  file: Blob,
  fileName: string,
): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(post.fields)) form.append(name, value);
  form.append('file', file, fileName);
  return fetch(post.url, { method: 'POST', body: form });
}

async function stored(Bucket: string, Key: string) {
  const out = await admin.send(new GetObjectCommand({ Bucket, Key }));
  return { body: await out.Body!.transformToString(), contentType: out.ContentType };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'holdall-post-'));
});
afterEach(async () => {
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  client.destroy();
  admin.destroy();
});

describe('presignPost (POST Object)', () => {
  it('uploads to the exact key within the size range, with the given Content-Type', async () => {
    const b = await bucket('post-exact');
    const post = await presignPost(client, b, {
      key: { kind: 'exact', key: 'inbox/report.txt' },
      contentLengthRange: { min: 1, max: 64 },
      contentType: 'text/plain',
      expiresInSeconds: 300,
    });
    const response = await postForm(post, new Blob(['hello post']), 'whatever.txt');
    expect([201, 204]).toContain(response.status);
    expect(await stored(b, 'inbox/report.txt')).toEqual({
      body: 'hello post',
      contentType: 'text/plain',
    });
  });

  it('rejects a body over the maximum and stores nothing', async () => {
    const b = await bucket('post-large');
    const post = await presignPost(client, b, {
      key: { kind: 'exact', key: 'big.bin' },
      contentLengthRange: { min: 0, max: 10 },
      expiresInSeconds: 300,
    });
    const response = await postForm(post, new Blob(['x'.repeat(11)]), 'big.bin');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('EntityTooLarge');
    await expect(
      admin.send(new HeadObjectCommand({ Bucket: b, Key: 'big.bin' })),
    ).rejects.toMatchObject({
      name: 'NotFound',
    });
  });

  it('takes any key under a prefix, named after the file, and no key outside it', async () => {
    const b = await bucket('post-prefix');
    const post = await presignPost(client, b, {
      key: { kind: 'prefix', prefix: 'drop/' },
      expiresInSeconds: 300,
    });
    expect(post.fields.key).toBe('drop/${filename}');
    const ok = await postForm(post, new Blob(['one']), 'one.txt');
    expect([201, 204]).toContain(ok.status);
    expect((await stored(b, 'drop/one.txt')).body).toBe('one');

    const outside = await postForm(
      { ...post, fields: { ...post.fields, key: 'elsewhere.txt' } },
      new Blob(['x']),
      'x',
    );
    expect(outside.status).toBe(403);
    await expect(
      admin.send(new HeadObjectCommand({ Bucket: b, Key: 'elsewhere.txt' })),
    ).rejects.toMatchObject({
      name: 'NotFound',
    });
  });

  it('answers the success status the form asks for, and redirects where it says', async () => {
    const b = await bucket('post-status');
    const post = await presignPost(client, b, {
      key: { kind: 'exact', key: 'status.txt' },
      successActionStatus: '201',
      expiresInSeconds: 300,
    });
    const created = await postForm(post, new Blob(['made']), 'status.txt');
    expect(created.status).toBe(201);
    expect(await created.text()).toContain('<Key>status.txt</Key>');

    const redirecting = await presignPost(client, b, {
      key: { kind: 'exact', key: 'redirect.txt' },
      successActionRedirect: 'http://127.0.0.1:9/done',
      expiresInSeconds: 300,
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(redirecting.fields)) form.append(name, value);
    form.append('file', new Blob(['moved']), 'redirect.txt');
    const response = await fetch(redirecting.url, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:9\/done\?/);
    expect((await stored(b, 'redirect.txt')).body).toBe('moved');
  });

  it('takes any Content-Type under a prefix, filled in on the form, and refuses others', async () => {
    const b = await bucket('post-type-prefix');
    const post = await presignPost(client, b, {
      key: { kind: 'prefix', prefix: 'img/' },
      contentTypePrefix: 'image/',
      expiresInSeconds: 300,
    });
    expect(post.html).toContain('name="Content-Type" value="image/" required');
    expect(post.html).toContain('accept="image/*"');
    expect(post.curl).toContain(`--form-string 'Content-Type=image/'`);
    const withType = (type: string) => ({
      ...post,
      fields: { ...post.fields, 'Content-Type': type },
    });
    const ok = await postForm(withType('image/png'), new Blob(['png']), 'a.png');
    expect([201, 204]).toContain(ok.status);
    expect(await stored(b, 'img/a.png')).toEqual({ body: 'png', contentType: 'image/png' });
    const refused = await postForm(withType('text/plain'), new Blob(['txt']), 'b.txt');
    expect(refused.status).toBe(403);
    await expect(
      admin.send(new HeadObjectCommand({ Bucket: b, Key: 'img/b.txt' })),
    ).rejects.toMatchObject({ name: 'NotFound' });
  });

  it('gives a curl command that uploads as given, odd file names included', async () => {
    const b = await bucket('post-curl');
    const path = join(dir, `it's "odd"; name.txt`);
    await writeFile(path, 'from curl');
    const post = await presignPost(client, b, {
      key: { kind: 'exact', key: "curl/it's <here> & $HOME.txt" },
      contentType: 'text/plain',
      expiresInSeconds: 300,
      filePath: path,
    });
    await run('sh', ['-c', `${post.curl} --silent --show-error --fail`]);
    expect(await stored(b, "curl/it's <here> & $HOME.txt")).toEqual({
      body: 'from curl',
      contentType: 'text/plain',
    });
    expect(post.html).toContain('value="curl/it&#39;s &lt;here&gt; &amp; $HOME.txt"');
  });
});
