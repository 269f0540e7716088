import { describe, expect, it } from 'vitest';
import { createS3Client } from './client-factory.js';
import type { ClientSettings } from './client-factory.js';
import { addBandwidthLimit } from '../transfers/bandwidth-middleware.js';
import { TokenBucket } from '../transfers/token-bucket.js';
import { leanPathFor } from './lean-object-request.js';

const base: ClientSettings = {
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: 'key',
  secretAccessKey: 'secret',
};

describe('which clients take the lean path for small objects', () => {
  it.each<[string, Partial<ClientSettings>, boolean]>([
    ['an S3-compatible server, path-style', {}, true],
    ['MinIO, path-style', { provider: 'minio' }, true],
    ['virtual-host addressing (the SDK resolves the host)', { addressing: 'virtual' }, false],
    ['AWS without an endpoint (endpoint rules)', { provider: 'aws', endpoint: '' }, false],
    // AWS's dialect sends and checks flexible checksums, which the lean request does not.
    ['the AWS dialect on a custom endpoint', { provider: 'aws' }, false],
  ])('%s: %s', (_, change, lean) => {
    const client = createS3Client({ ...base, ...change });
    try {
      expect(leanPathFor(client)).toBe(lean);
    } finally {
      client.destroy();
    }
  });
});

describe('a bandwidth limit', () => {
  it('keeps small objects on the SDK path, where the limit paces every body, while it is set', () => {
    const client = createS3Client(base);
    try {
      const bucket = new TokenBucket(null);
      addBandwidthLimit(client, bucket);
      expect(leanPathFor(client)).toBe(true);
      bucket.setRate(16 * 1024);
      expect(leanPathFor(client)).toBe(false);
      bucket.setRate(null);
      expect(leanPathFor(client)).toBe(true);
    } finally {
      client.destroy();
    }
  });
});
