import {
  DeleteBucketPolicyCommand,
  GetBucketPolicyCommand,
  PutBucketPolicyCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { PolicyText } from '../../../../shared/domain/config/policy.js';
import { withCompatibleChecksum } from './checksum.js';
import { noneWhenMissing } from './missing.js';

export function getBucketPolicy(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<PolicyText>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetBucketPolicyCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    return out.Policy === undefined || out.Policy === '' ? noConfig : setConfig(out.Policy);
  });
}

/** The text goes out as given (validated by the contract) so the server sees what the user wrote. */
export async function putBucketPolicy(
  client: S3Client,
  bucket: string,
  policy: PolicyText,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutBucketPolicyCommand({ Bucket: bucket, Policy: policy });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

export async function deleteBucketPolicy(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteBucketPolicyCommand({ Bucket: bucket }), { abortSignal: signal });
}
