import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../e2e/fixtures/s3.js';
import { testSettings } from '../core/test-support.js';
import { startTestHost } from './test-support/start-test-host.js';
import type { TestHost } from './test-support/start-test-host.js';

const admin = adminClient();
let host: TestHost;
let bucket: TestBucket;

beforeAll(async () => {
  host = await startTestHost();
  bucket = await createTestBucket(admin, 'webhost');
  await admin.send(
    new PutObjectCommand({ Bucket: bucket.name, Key: 'reports/q1.csv', Body: 'a,b\n1,2\n' }),
  );
});
afterAll(async () => {
  await bucket.remove();
  await host.close();
  admin.destroy();
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const envelope = (await (await host.invoke(channel, input)).json()) as {
    ok: boolean;
    value: T;
    error: unknown;
  };
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

describe('the contract end to end through the browser host against RGW', () => {
  it('saves a connection, tests it, lists buckets and a page of objects', async () => {
    const s = testSettings();
    const draft = {
      name: 'RGW',
      provider: 'ceph',
      endpoint: s.endpoint,
      region: s.region,
      addressing: 'path',
      accessKeyId: s.accessKeyId,
      secretAccessKey: s.secretAccessKey,
    };

    const tested = await call<{ bucketCount: number }>('profiles.test', { draft });
    expect(tested.bucketCount).toBeGreaterThanOrEqual(1);

    const profile = await call<{ id: string; secretHint: string }>('profiles.save', draft);
    expect(profile).not.toHaveProperty('secretAccessKey');

    const buckets = await call<{ name: string }[]>('buckets.list', { profileId: profile.id });
    expect(buckets.map((b) => b.name)).toContain(bucket.name);

    const root = await call<{ folders: string[] }>('objects.list', {
      profileId: profile.id,
      bucket: bucket.name,
      prefix: '',
    });
    expect(root.folders).toEqual(['reports/']);
    const inside = await call<{ objects: { key: string; size: number }[] }>('objects.list', {
      profileId: profile.id,
      bucket: bucket.name,
      prefix: 'reports/',
    });
    expect(inside.objects).toMatchObject([{ key: 'reports/q1.csv', size: 8 }]);
  });

  it('returns S3 errors as values with their code', async () => {
    const s = testSettings();
    const res = await host.invoke('profiles.test', {
      draft: {
        name: 'bad',
        provider: 'ceph',
        endpoint: s.endpoint,
        region: s.region,
        addressing: 'path',
        accessKeyId: s.accessKeyId,
        secretAccessKey: 'wrong',
      },
    });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'SignatureDoesNotMatch' } });
  });
});
