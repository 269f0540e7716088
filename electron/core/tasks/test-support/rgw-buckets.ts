import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach } from 'vitest';
import { removeLockedBucket } from '../../../../e2e/fixtures/locked-bucket.js';
import { adminClient, uniqueBucketName } from '../../../../e2e/fixtures/s3.js';
import { deleteBucket } from '../../services/buckets-delete.js';

/**
 * Buckets a test file makes on RGW and things it must close, all removed after each test; the
 * plain SDK client (`admin`) checks what the server holds. Call once at the top of a file.
 */
export function rgwTestBuckets() {
  const admin = adminClient();
  const closing: (() => Promise<unknown>)[] = [];
  const buckets: string[] = [];
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
    // Old versions and delete markers of a versioned bucket too; a bucket the test deleted is
    // already gone.
    const remove = (bucket: string) =>
      deleteBucket(admin, { bucket, emptyFirst: true })
        .catch(() => removeLockedBucket(admin, bucket))
        .catch(() => undefined);
    await Promise.all(buckets.splice(0).map(remove));
  });
  afterAll(() => admin.destroy());

  return {
    admin,
    closing,
    newBucket: async (label: string): Promise<string> => {
      const bucket = uniqueBucketName(label);
      await admin.send(new CreateBucketCommand({ Bucket: bucket }));
      buckets.push(bucket);
      return bucket;
    },
    /** Puts each key with `body(key)` (its own name by default), many at once. */
    putMany: async (bucket: string, keys: readonly string[], body = (key: string) => key) => {
      let next = 0;
      const worker = async () => {
        for (let key = keys[next++]; key !== undefined; key = keys[next++]) {
          await admin.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body(key) }));
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
    },
    /** Every key with its size. */
    stored: async (bucket: string): Promise<Map<string, number>> => {
      const found = new Map<string, number>();
      let token: string | undefined;
      do {
        const page = await admin.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        );
        for (const o of page.Contents ?? []) found.set(o.Key ?? '', o.Size ?? 0);
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
      return found;
    },
  };
}
