import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../e2e/fixtures/s3.js';
import { mediaQuery, MEDIA_PATH } from '../../shared/domain/media-url.js';
import { testSettings } from '../core/test-support.js';
import { startTestHost } from './test-support/start-test-host.js';
import type { TestHost } from './test-support/start-test-host.js';

const admin = adminClient();
let host: TestHost;
let bucket: TestBucket;
let profileId: string;

// 0..255 repeated: any slice shows by its bytes where it came from.
const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256));
const oddKey = 'a/../b ü ?#%.png';

beforeAll(async () => {
  host = await startTestHost();
  bucket = await createTestBucket(admin, 'media');
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: 'clip.wav',
      Body: bytes,
      ContentType: 'audio/wav',
    }),
  );
  await admin.send(
    new PutObjectCommand({ Bucket: bucket.name, Key: oddKey, Body: bytes.subarray(0, 10) }),
  );
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: 'page.png',
      Body: '<script>alert(1)</script>',
      ContentType: 'text/html',
    }),
  );
  const s = testSettings();
  const saved = (await (
    await host.invoke('profiles.save', {
      name: 'RGW',
      provider: 'ceph',
      endpoint: s.endpoint,
      region: s.region,
      addressing: 'path',
      accessKeyId: s.accessKeyId,
      secretAccessKey: s.secretAccessKey,
    })
  ).json()) as { ok: true; value: { id: string } };
  profileId = saved.value.id;
});
afterAll(async () => {
  await bucket.remove();
  await host.close();
  admin.destroy();
});

function media(key: string, headers: Record<string, string> = {}, withToken = true) {
  const query = mediaQuery({ profileId, bucket: bucket.name, key });
  return fetch(`http://127.0.0.1:${host.port}${MEDIA_PATH}?${query}`, {
    headers: withToken ? { Cookie: host.cookie, ...headers } : headers,
  });
}

describe('GET /api/media against RGW', () => {
  it('answers a Range with 206 and exactly those bytes', async () => {
    const res = await media('clip.wav', { Range: 'bytes=1000-1099' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 1000-1099/4096');
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''clip.wav");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes.subarray(1000, 1100));
  });

  it('serves the whole object without a Range, and an open-ended or suffix range', async () => {
    const whole = await media('clip.wav');
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);
    const tail = await media('clip.wav', { Range: 'bytes=4000-' });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(4000));
    const suffix = await media('clip.wav', { Range: 'bytes=-16' });
    expect(suffix.status).toBe(206);
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(bytes.subarray(4080));
  });

  it('answers a range past the end with 416 and the size', async () => {
    const res = await media('clip.wav', { Range: 'bytes=5000-6000' });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */4096');
  });

  it('answers a missing object with 404 and an error body', async () => {
    const res = await media('nothing-here.png');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'NoSuchKey' } });
  });

  it('refuses a request without the token, and one from another origin', async () => {
    const res = await media('clip.wav', {}, false);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('RIFF');
    const foreign = await media('clip.wav', { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('names a bad parameter with 400', async () => {
    const res = await fetch(
      `http://127.0.0.1:${host.port}${MEDIA_PATH}?profile=${profileId}&bucket=Bad_Name&key=x`,
      { headers: { Cookie: host.cookie } },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', message: expect.stringMatching(/^bucket: /) as string },
    });
  });

  it('reads a key with ../ and odd characters as a key, not a path', async () => {
    const res = await media(oddKey);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes.subarray(0, 10));
    expect(res.headers.get('content-type')).toBe('image/png');
  });

  it('never serves an object as a page, whatever its stored type', async () => {
    const res = await media('page.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
