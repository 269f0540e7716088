import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { CopyResult } from '../../../shared/domain/copy-request.js';
import { copyObject } from './copy-object.js';
import type { CopyRequest, CopyRunOptions, CopySession } from './copy-types.js';

/**
 * Rename or move one object: S3 has no rename, so copy, then delete the source
 * only once the copy is stored.
 */
export async function moveObject(
  session: CopySession,
  request: CopyRequest,
  run: CopyRunOptions = {},
): Promise<CopyResult> {
  const { source, target } = request;
  if (source.bucket === target.bucket && source.key === target.key) {
    // Copy-then-delete onto itself would delete the only copy.
    throw new AppError('InvalidInput', 'target: is the source itself', { fields: ['target'] });
  }
  const result = await copyObject(session, request, run);
  await session.client.send(new DeleteObjectCommand({ Bucket: source.bucket, Key: source.key }), {
    abortSignal: run.signal,
  });
  return result;
}
