import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import { adminClient, createTestBucket } from '../../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../../e2e/fixtures/s3.js';
import { makeTestPki } from '../../../../e2e/fixtures/test-pki.js';
import type { TestPki } from '../../../../e2e/fixtures/test-pki.js';
import { trackedClients } from '../../test-support.js';

export interface NetworkBed {
  /** Set once the file's beforeAll ran. */
  bucket: TestBucket;
  pki: TestPki;
  tracked: ReturnType<typeof trackedClients>;
  /** Run at the file's end: proxies and TLS terminators the tests started. */
  stops: (() => Promise<void>)[];
  /** Lists the test bucket's keys: a request that names the bucket, for a proxy's log. */
  keysThrough: (client: S3Client) => Promise<string[]>;
}

/**
 * What the network tests share: a bucket on the run's RGW holding one object, the test PKI,
 * Holdall clients and servers stopped together at the end of the file.
 */
export function useNetworkBed(label: string, objectKey: string): NetworkBed {
  const admin = adminClient();
  const bed = {
    tracked: trackedClients(),
    stops: [],
    keysThrough: async (client: S3Client) => {
      const out = await client.send(new ListObjectsV2Command({ Bucket: bed.bucket.name }));
      return (out.Contents ?? []).map((o) => o.Key ?? '');
    },
  } as unknown as NetworkBed;
  beforeAll(async () => {
    bed.bucket = await createTestBucket(admin, label);
    await bed.bucket.put({ [objectKey]: 'x' });
    bed.pki = await makeTestPki();
  });
  afterAll(async () => {
    bed.tracked.destroyAll();
    await Promise.all(bed.stops.map((stop) => stop()));
    await bed.bucket.remove();
    admin.destroy();
  });
  return bed;
}
