import { DeleteObjectsCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { useContentMd5, wantsContentMd5 } from '../s3/content-md5-middleware.js';
import { throwIfCanceled } from './objects-cancel.js';

/** DeleteObjects takes at most 1,000 keys a request. */
export const DELETE_BATCH = 1000;
/** A few requests in flight: much faster than one, gentle enough not to draw SlowDown. */
const CONCURRENCY = 4;

export interface KeyFailure {
  key: string;
  code: string;
  message: string;
}

/**
 * Deletes keys with DeleteObjects, 1,000 a request. Keys the server refuses come back in
 * `errors`; a refused request (no such bucket, access denied …) throws. `onProgress` gets the
 * running count of deleted keys after each request.
 */
export async function deleteKeys(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  options?: { signal?: AbortSignal; onProgress?: (deleted: number) => void },
): Promise<{ deleted: string[]; errors: { key: string; code: string; message: string }[] }> {
  const signal = options?.signal;
  const unique = [...new Set(keys)];
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += DELETE_BATCH) {
    batches.push(unique.slice(i, i + DELETE_BATCH));
  }
  const md5 = batches.length > 0 && (await wantsContentMd5(client));
  const deleted: string[] = [];
  const errors: KeyFailure[] = [];
  let next = 0;
  let stop = false;

  const worker = async (): Promise<void> => {
    try {
      for (let batch = batches[next++]; batch !== undefined && !stop; batch = batches[next++]) {
        throwIfCanceled(signal);
        const result = await deleteBatch(client, bucket, batch, md5, signal);
        deleted.push(...result.deleted);
        errors.push(...result.errors);
        options?.onProgress?.(deleted.length);
      }
    } catch (err) {
      stop = true;
      throw err;
    }
  };
  // allSettled: never return (or throw) while another request is still in flight.
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(CONCURRENCY, batches.length) }, worker),
  );
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  return { deleted, errors };
}

async function deleteBatch(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  md5: boolean,
  signal: AbortSignal | undefined,
): Promise<{ deleted: string[]; errors: KeyFailure[] }> {
  const command = new DeleteObjectsCommand({
    Bucket: bucket,
    // Quiet: the answer lists only failures, not 1,000 successes.
    Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
  });
  const out = await client.send(md5 ? useContentMd5(command) : command, { abortSignal: signal });
  const errors = (out.Errors ?? []).map((e) => ({
    key: e.Key ?? '',
    code: e.Code ?? 'S3Error',
    message: e.Message ?? '',
  }));
  const failed = new Set(errors.map((e) => e.key));
  return { deleted: keys.filter((k) => !failed.has(k)), errors };
}
