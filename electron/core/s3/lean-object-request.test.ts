import { describe, expect, it } from 'vitest';
import { createS3Client } from './client-factory.js';
import type { ClientSettings } from './client-factory.js';
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
