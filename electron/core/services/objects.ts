import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ObjectPage } from '../../../shared/domain/listing.js';
import { DEFAULT_PAGE_SIZE, keyAdvances, lastByKey } from '../s3/page-guard.js';
import { guardPage } from '../s3/page-trails.js';

export interface ListPageRequest {
  bucket: string;
  prefix: string;
  continuationToken?: string | undefined;
  maxKeys?: number | undefined;
  fetchOwner?: boolean | undefined;
}

/** One ListObjectsV2 page as compact rows; "/" folds deeper keys into folders. */
export async function listObjectsPage(
  client: S3Client,
  request: ListPageRequest,
  signal?: AbortSignal,
): Promise<ObjectPage> {
  const asked = request.maxKeys ?? DEFAULT_PAGE_SIZE;
  const out = await client.send(
    new ListObjectsV2Command({
      Bucket: request.bucket,
      Prefix: request.prefix === '' ? undefined : request.prefix,
      Delimiter: '/',
      ContinuationToken: request.continuationToken,
      MaxKeys: asked,
      // Servers that do not know the parameter ignore it, and their rows then have no owner.
      FetchOwner: request.fetchOwner === true ? true : undefined,
    }),
    { abortSignal: signal },
  );
  const folders = (out.CommonPrefixes ?? []).flatMap((p) =>
    p.Prefix === undefined ? [] : [p.Prefix],
  );
  const contents = out.Contents ?? [];
  await guardPage(
    client,
    {
      scope: `ListObjectsV2/\n${request.bucket}\n${request.prefix}`,
      operation: 'ListObjectsV2',
      cursor: request.continuationToken,
      advances: keyAdvances,
    },
    {
      asked,
      entries: folders.length + contents.length,
      last: lastByKey([folders.at(-1), contents.at(-1)?.Key]),
      truncated: out.IsTruncated === true,
      next: out.NextContinuationToken,
    },
  );
  return {
    prefix: request.prefix,
    folders,
    objects: contents.flatMap((o) =>
      o.Key === undefined
        ? []
        : [
            {
              key: o.Key,
              size: o.Size ?? 0,
              lastModified: o.LastModified?.toISOString() ?? null,
              etag: o.ETag ?? null,
              storageClass: o.StorageClass ?? null,
              owner: ownerName(o.Owner),
            },
          ],
    ),
    nextContinuationToken: out.IsTruncated === true ? (out.NextContinuationToken ?? null) : null,
  };
}

/** RGW and AWS send an ID and often a display name; a person recognises the name sooner. */
function ownerName(owner: { DisplayName?: string; ID?: string } | undefined): string | null {
  if (owner === undefined) return null;
  if (owner.DisplayName !== undefined && owner.DisplayName !== '') return owner.DisplayName;
  return owner.ID !== undefined && owner.ID !== '' ? owner.ID : null;
}
