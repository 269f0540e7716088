import { ListBucketsCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { BucketRow } from '../../../shared/domain/listing.js';

export async function listBuckets(client: S3Client, signal?: AbortSignal): Promise<BucketRow[]> {
  const out = await client.send(new ListBucketsCommand({}), { abortSignal: signal });
  return (out.Buckets ?? [])
    .filter((b): b is typeof b & { Name: string } => b.Name !== undefined)
    .map((b) => ({ name: b.Name, createdAt: b.CreationDate?.toISOString() ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
