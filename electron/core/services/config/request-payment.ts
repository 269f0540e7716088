import { GetBucketRequestPaymentCommand, PutBucketRequestPaymentCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { RequestPayment } from '../../../../shared/domain/config/request-payment.js';
import { withCompatibleChecksum } from './checksum.js';

/** Who pays; a server that names no payer leaves it to the owner, S3's default. */
export async function getRequestPayment(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<RequestPayment> {
  const out = await client.send(new GetBucketRequestPaymentCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
  return { payer: out.Payer === 'Requester' ? 'Requester' : 'BucketOwner' };
}

export async function putRequestPayment(
  client: S3Client,
  bucket: string,
  { payer }: RequestPayment,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutBucketRequestPaymentCommand({
    Bucket: bucket,
    RequestPaymentConfiguration: { Payer: payer },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}
