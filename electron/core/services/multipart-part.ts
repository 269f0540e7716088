import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { Transform, pipeline } from 'node:stream';
import { UploadPartCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { PartSource } from '../../../shared/domain/multipart-upload.js';
import type { UploadRef } from './multipart-upload.js';

/** The contract's part source with its grant resolved to the path it stands for. */
export type LocalPartSource = Omit<PartSource, 'grant'> & { path: string };

export interface UploadPartOptions {
  signal?: AbortSignal | undefined;
  /** Bytes of this part sent so far. */
  onProgress?: ((sentBytes: number) => void) | undefined;
}

function invalid(field: string, message: string): AppError {
  return new AppError('InvalidInput', `${field}: ${message}`, { fields: [field] });
}

async function checkFileRange(source: LocalPartSource): Promise<void> {
  if (!isAbsolute(source.path)) throw invalid('source.path', 'must be an absolute path');
  const info = await stat(source.path).catch(() => undefined);
  if (info?.isFile() !== true) throw invalid('source.path', 'is not a readable file');
  if (source.offset + source.length > info.size) {
    throw invalid('source.length', `the range ends past the file's ${info.size} bytes`);
  }
}

function counting(onProgress: (sent: number) => void): Transform {
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sent += chunk.length;
      onProgress(sent);
      callback(null, chunk);
    },
  });
}

/**
 * Uploads one part from a file range, streamed: a part may be up to 5 GiB and is
 * never held in memory. ContentLength is set so no chunked encoding is needed.
 */
export async function uploadPart(
  client: S3Client,
  upload: UploadRef,
  partNumber: number,
  source: LocalPartSource,
  options: UploadPartOptions = {},
): Promise<{ etag: string }> {
  await checkFileRange(source);
  const file =
    source.length === 0
      ? undefined
      : createReadStream(source.path, {
          start: source.offset,
          end: source.offset + source.length - 1,
        });
  const body =
    file === undefined || options.onProgress === undefined
      ? file
      : // pipeline, not pipe: a read error must fail the request, not stall it.
        pipeline(file, counting(options.onProgress), () => undefined);
  try {
    const out = await client.send(
      new UploadPartCommand({
        Bucket: upload.bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
        PartNumber: partNumber,
        ContentLength: source.length,
        Body: body ?? new Uint8Array(0),
      }),
      { abortSignal: options.signal },
    );
    if (out.ETag === undefined) throw new Error(`UploadPart ${partNumber} answered no ETag`);
    return { etag: out.ETag };
  } finally {
    // On failure or cancel the SDK may leave the stream half-read: release the file.
    file?.destroy();
    if (body !== file) body?.destroy();
  }
}
