import { GetBucketCorsCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import type { CorsConfig } from '../../../../shared/domain/config/cors.js';
import { deleteBucketCors, getBucketCors, putBucketCors } from './cors.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();

const cors: CorsConfig = {
  rules: [
    {
      id: 'app',
      allowedOrigins: ['https://app.example'],
      allowedMethods: ['GET', 'PUT'],
      allowedHeaders: ['*'],
      exposeHeaders: ['ETag'],
      maxAgeSeconds: 600,
    },
    { allowedOrigins: ['*'], allowedMethods: ['HEAD'], allowedHeaders: [], exposeHeaders: [] },
  ],
};

function preflight(bucket: string, origin: string): Promise<Response> {
  return fetch(`${s3Target().endpoint}/${bucket}/file.txt`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' },
  });
}

describe('bucket CORS (Put/Get/DeleteBucketCors)', () => {
  it('reports a bucket without CORS as none', async () => {
    const { name } = await rig.bucket('cors-none');
    expect(await getBucketCors(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts rules the server stores and answers preflights with, then deletes them', async () => {
    const { name } = await rig.bucket('cors');
    await putBucketCors(rig.client, name, cors);

    const stored = await rig.admin.send(new GetBucketCorsCommand({ Bucket: name }));
    expect(stored.CORSRules).toEqual([
      {
        ID: 'app',
        AllowedOrigins: ['https://app.example'],
        AllowedMethods: ['GET', 'PUT'],
        AllowedHeaders: ['*'],
        ExposeHeaders: ['ETag'],
        MaxAgeSeconds: 600,
      },
      { AllowedOrigins: ['*'], AllowedMethods: ['HEAD'] },
    ]);
    expect(await getBucketCors(rig.client, name)).toEqual({ state: 'set', config: cors });

    const allowed = await preflight(name, 'https://app.example');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PUT');
    const foreign = await preflight(name, 'https://elsewhere.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    await deleteBucketCors(rig.client, name);
    expect(await getBucketCors(rig.client, name)).toEqual({ state: 'none' });
    await expect(rig.admin.send(new GetBucketCorsCommand({ Bucket: name }))).rejects.toMatchObject({
      name: 'NoSuchCORSConfiguration',
    });
    expect(
      (await preflight(name, 'https://app.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});
