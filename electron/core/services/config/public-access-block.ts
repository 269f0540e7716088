import {
  DeletePublicAccessBlockCommand,
  GetPublicAccessBlockCommand,
  PutPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { PublicAccessBlock } from '../../../../shared/domain/config/public-access.js';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import { withCompatibleChecksum } from './checksum.js';
import { noneWhenMissing } from './missing.js';

/**
 * AWS answers NoSuchPublicAccessBlockConfiguration for a bucket without settings; RGW 16 answers
 * every setting off instead, before any put and after a delete. All off blocks nothing either
 * way, so both read as none.
 */
export function getPublicAccessBlock(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<PublicAccessBlock>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetPublicAccessBlockCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const stored = out.PublicAccessBlockConfiguration;
    // A setting the server leaves out is off, as S3 documents.
    const block: PublicAccessBlock = {
      blockPublicAcls: stored?.BlockPublicAcls === true,
      ignorePublicAcls: stored?.IgnorePublicAcls === true,
      blockPublicPolicy: stored?.BlockPublicPolicy === true,
      restrictPublicBuckets: stored?.RestrictPublicBuckets === true,
    };
    return Object.values(block).some(Boolean) ? setConfig(block) : noConfig;
  });
}

export async function putPublicAccessBlock(
  client: S3Client,
  bucket: string,
  block: PublicAccessBlock,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutPublicAccessBlockCommand({
    Bucket: bucket,
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: block.blockPublicAcls,
      IgnorePublicAcls: block.ignorePublicAcls,
      BlockPublicPolicy: block.blockPublicPolicy,
      RestrictPublicBuckets: block.restrictPublicBuckets,
    },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

export async function deletePublicAccessBlock(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeletePublicAccessBlockCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
}
