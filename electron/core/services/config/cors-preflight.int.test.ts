import { describe, expect, it } from 'vitest';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import type { CorsConfig } from '../../../../shared/domain/config/cors.js';
import { putBucketCors } from './cors.js';
import { resourceUrl, testPreflight } from './cors-preflight.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();

const cors: CorsConfig = {
  rules: [
    {
      allowedOrigins: ['https://app.example'],
      allowedMethods: ['GET', 'PUT'],
      allowedHeaders: ['content-type'],
      exposeHeaders: ['ETag'],
      maxAgeSeconds: 600,
    },
  ],
};

describe('CORS preflight test (cors.testPreflight)', () => {
  it('addresses the object as the connection does (path style here)', async () => {
    expect(await resourceUrl(rig.client, 'b1', 'a dir/x.txt')).toBe(
      `${s3Target().endpoint}/b1/a%20dir/x.txt`,
    );
  });

  it('answers an allowed origin with the rule, and refuses another origin', async () => {
    const { name } = await rig.bucket('cors-pf');
    await putBucketCors(rig.client, name, cors);

    const allowed = await testPreflight(rig.client, name, {
      origin: 'https://app.example',
      method: 'PUT',
      requestHeaders: ['Content-Type'],
      key: 'photos/cat.jpg',
    });
    expect(allowed).toMatchObject({
      url: `${s3Target().endpoint}/${name}/photos/cat.jpg`,
      status: 200,
    });
    expect(allowed.refusal).toBeUndefined();
    const header = (n: string) => allowed.headers.find((h) => h.name === n)?.value;
    expect(header('access-control-allow-origin')).toBe('https://app.example');
    expect(header('access-control-allow-methods')).toContain('PUT');
    expect(header('access-control-max-age')).toBe('600');

    const foreign = await testPreflight(rig.client, name, {
      origin: 'https://elsewhere.example',
      method: 'PUT',
      requestHeaders: [],
    });
    // RGW refuses outright (403); AWS answers without the Allow-Origin header: both refuse.
    expect(foreign).toMatchObject({ status: 403, refusal: 'status' });
    expect(foreign.headers.find((h) => h.name === 'access-control-allow-origin')).toBeUndefined();
  });

  it('refuses a method the rule does not allow', async () => {
    const { name } = await rig.bucket('cors-pf-m');
    await putBucketCors(rig.client, name, cors);
    const answer = await testPreflight(rig.client, name, {
      origin: 'https://app.example',
      method: 'DELETE',
      requestHeaders: [],
      key: 'x',
    });
    expect(answer).toMatchObject({ status: 403, refusal: 'status', headers: [] });
  });
});
