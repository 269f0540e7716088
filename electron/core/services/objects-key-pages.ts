import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';

export interface KeyPage {
  keys: string[];
  /** Continuation token for the next page; undefined on the last. */
  next: string | undefined;
}

/** One flat page (no delimiter) of up to 1,000 keys under a prefix; '' means every key. */
export async function listKeyPage(
  client: S3Client,
  bucket: string,
  prefix: string,
  continuationToken: string | undefined,
  signal?: AbortSignal,
): Promise<KeyPage> {
  const out = await client.send(
    new ListObjectsV2Command({
      Bucket: bucket,
      Prefix: prefix === '' ? undefined : prefix,
      ContinuationToken: continuationToken,
      MaxKeys: 1000,
    }),
    { abortSignal: signal },
  );
  return {
    keys: (out.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key])),
    next: out.IsTruncated === true ? out.NextContinuationToken : undefined,
  };
}
