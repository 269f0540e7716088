import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ConflictPolicy, TransferJob } from '../../../../shared/domain/transfer-job.js';
import type { Harness } from './queue-harness.js';
import { PROFILE } from './queue-harness.js';

/** What a test's bucket holds, read with a plain client: one object's text, a prefix's keys. */
export function bucketReads(client: S3Client, bucket: () => string) {
  return {
    text: async (key: string): Promise<string> => {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
      return (await out.Body?.transformToString()) ?? '';
    },
    /** The first page (up to 1,000 keys), sorted. */
    keysUnder: async (prefix: string): Promise<string[]> => {
      const out = await client.send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: prefix }));
      return (out.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key])).sort();
    },
  };
}

/** Queues local files or folders for upload under `keyPrefix` with a conflict policy. */
export function enqueueIn(
  h: Harness,
  bucket: string,
  keyPrefix: string,
  paths: string[],
  conflict: ConflictPolicy,
): Promise<TransferJob[]> {
  return h.queue.enqueueUpload({ profileId: PROFILE, bucket, keyPrefix, paths, conflict });
}

/** Queues a prefix for download into a folder, overwriting what is there. */
export async function enqueuePrefixDownload(
  h: Harness,
  bucket: string,
  prefix: string,
  destinationDir: string,
): Promise<TransferJob[]> {
  const { jobs } = await h.queue.enqueueDownload({
    profileId: PROFILE,
    bucket,
    prefix,
    destinationDir,
    conflict: 'overwrite',
  });
  return jobs;
}
