import {
  DeleteObjectTaggingCommand,
  GetObjectTaggingCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Tag } from '../../../shared/domain/tags.js';
import { withCompatibleChecksum } from './config/checksum.js';
import { tagFromS3, tagToS3 } from './config/tagging.js';

interface ObjectAddress {
  bucket: string;
  key: string;
  /** Tags of one version (each version has its own); the latest's without it. */
  versionId?: string | undefined;
}

/** An object's tags; an object without any answers an empty set. */
export async function getObjectTags(
  client: S3Client,
  { bucket, key, versionId }: ObjectAddress,
  signal?: AbortSignal,
): Promise<{ tags: Tag[] }> {
  const out = await client.send(
    new GetObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId: versionId }),
    { abortSignal: signal },
  );
  return { tags: (out.TagSet ?? []).map(tagFromS3) };
}

/** Replaces the object's whole tag set; an empty set deletes its tags. */
export async function putObjectTags(
  client: S3Client,
  { bucket, key }: ObjectAddress,
  tags: readonly Tag[],
  signal?: AbortSignal,
): Promise<void> {
  if (tags.length === 0) {
    await client.send(new DeleteObjectTaggingCommand({ Bucket: bucket, Key: key }), {
      abortSignal: signal,
    });
    return;
  }
  const command = new PutObjectTaggingCommand({
    Bucket: bucket,
    Key: key,
    Tagging: { TagSet: tags.map(tagToS3) },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}
