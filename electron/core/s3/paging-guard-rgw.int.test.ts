import { CreateMultipartUploadCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import { emptyBucket } from '../services/buckets-empty.js';
import { listUploads } from '../services/multipart-list.js';
import { listObjectsPage } from '../services/objects.js';
import { deleteUnderPrefix } from '../services/objects-delete-prefix.js';
import { testSettings } from '../test-support.js';
import { createS3Client } from './client-factory.js';

const admin = adminClient();
const client = createS3Client(testSettings());
afterAll(() => {
  client.destroy();
  admin.destroy();
});

// The guard must never take a well-behaved server for a misbehaving one: RGW, one entry a page.
describe('the paging guard on a well-behaved server', () => {
  it('passes a one-key-a-page listing of folders, dots and non-ASCII keys', async () => {
    const bucket = await createTestBucket(admin, 'guard-keys');
    try {
      const keys = ['a.txt', 'a/x', 'a0', 'b/c/d', 'é', 'z', '\u{1D11E}', 'ﬀ'];
      await bucket.put(Object.fromEntries(keys.map((k) => [k, k])));
      const seen: string[] = [];
      let token: string | undefined;
      do {
        const page = await listObjectsPage(client, {
          bucket: bucket.name,
          prefix: '',
          maxKeys: 1,
          continuationToken: token,
        });
        seen.push(...page.folders, ...page.objects.map((o) => o.key));
        token = page.nextContinuationToken ?? undefined;
      } while (token !== undefined);
      expect(seen).toEqual(['a.txt', 'a/', 'a0', 'b/', 'z', 'é', 'ﬀ', '\u{1D11E}']);
      expect(await deleteUnderPrefix(client, bucket.name, '')).toMatchObject({
        deleted: keys.length,
        errors: [],
      });
    } finally {
      await bucket.remove();
    }
  });

  it('passes one-upload-a-page listings where one key has several uploads', async () => {
    const bucket = await createTestBucket(admin, 'guard-uploads');
    try {
      for (const key of ['same', 'same', 'same', 'other'])
        await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket.name, Key: key }));
      const seen: string[] = [];
      let keyMarker: string | undefined;
      let uploadIdMarker: string | undefined;
      for (;;) {
        const page = await listUploads(client, {
          bucket: bucket.name,
          maxUploads: 1,
          keyMarker,
          uploadIdMarker,
        });
        seen.push(...page.uploads.map((u) => u.key));
        if (page.nextKeyMarker === null) break;
        keyMarker = page.nextKeyMarker;
        uploadIdMarker = page.nextUploadIdMarker ?? undefined;
      }
      expect(seen).toEqual(['other', 'same', 'same', 'same']);
      expect(await emptyBucket(client, bucket.name)).toEqual({
        deletedObjects: 0,
        abortedUploads: 4,
      });
    } finally {
      await bucket.remove();
    }
  });
});
