import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ObjectPage } from '../../../shared/domain/listing.js';

export interface ListPageRequest {
  bucket: string;
  prefix: string;
  continuationToken?: string | undefined;
  maxKeys?: number | undefined;
}

/** One ListObjectsV2 page as compact rows; "/" folds deeper keys into folders. */
export async function listObjectsPage(
  client: S3Client,
  request: ListPageRequest,
  signal?: AbortSignal,
): Promise<ObjectPage> {
  const out = await client.send(
    new ListObjectsV2Command({
      Bucket: request.bucket,
      Prefix: request.prefix === '' ? undefined : request.prefix,
      Delimiter: '/',
      ContinuationToken: request.continuationToken,
      MaxKeys: request.maxKeys ?? 1000,
    }),
    { abortSignal: signal },
  );
  return {
    prefix: request.prefix,
    folders: (out.CommonPrefixes ?? []).flatMap((p) => (p.Prefix === undefined ? [] : [p.Prefix])),
    objects: (out.Contents ?? []).flatMap((o) =>
      o.Key === undefined
        ? []
        : [
            {
              key: o.Key,
              size: o.Size ?? 0,
              lastModified: o.LastModified?.toISOString() ?? null,
              etag: o.ETag ?? null,
              storageClass: o.StorageClass ?? null,
            },
          ],
    ),
    nextContinuationToken: out.IsTruncated === true ? (out.NextContinuationToken ?? null) : null,
  };
}
