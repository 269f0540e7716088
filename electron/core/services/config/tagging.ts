import {
  DeleteBucketTaggingCommand,
  GetBucketTaggingCommand,
  PutBucketTaggingCommand,
} from '@aws-sdk/client-s3';
import type { S3Client, Tag as S3Tag } from '@aws-sdk/client-s3';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { BucketTags, Tag } from '../../../../shared/domain/tags.js';
import { withCompatibleChecksum } from './checksum.js';
import { noneWhenMissing } from './missing.js';

export const tagFromS3 = (tag: S3Tag): Tag => ({ key: tag.Key ?? '', value: tag.Value ?? '' });
export const tagToS3 = (tag: Tag): S3Tag => ({ Key: tag.key, Value: tag.value });

export function getBucketTagging(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<BucketTags>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetBucketTaggingCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const tags = out.TagSet ?? [];
    return tags.length === 0 ? noConfig : setConfig({ tags: tags.map(tagFromS3) });
  });
}

export async function putBucketTagging(
  client: S3Client,
  bucket: string,
  tagging: BucketTags,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutBucketTaggingCommand({
    Bucket: bucket,
    Tagging: { TagSet: tagging.tags.map(tagToS3) },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

export async function deleteBucketTagging(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteBucketTaggingCommand({ Bucket: bucket }), { abortSignal: signal });
}
