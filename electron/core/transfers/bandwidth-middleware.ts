import { Readable, Transform, pipeline } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { keepSdkPathWhile } from '../s3/lean-object-request.js';
import type { TokenBucket } from './token-bucket.js';

// Small slices keep a low limit smooth instead of one burst per 1 MiB read.
const SLICE = 64 * 1024;

function throttled(source: Readable, bucket: TokenBucket): Readable {
  const gate = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const push = (offset: number): void => {
        if (offset >= chunk.length) {
          done();
          return;
        }
        const slice = chunk.subarray(offset, offset + SLICE);
        const wait = bucket.take(slice.length);
        const next = (): void => {
          if (gate.destroyed) return;
          gate.push(slice);
          push(offset + slice.length);
        };
        if (wait <= 0) next();
        else setTimeout(next, wait);
      };
      push(0);
    },
  });
  // pipeline destroys both sides when either fails, so an aborted request frees its file.
  return pipeline(source, gate, () => undefined);
}

const added = new WeakSet<S3Client>();

/**
 * Throttles request bodies (uploads) and response bodies (downloads) of one
 * client through the shared bucket. Sits after signing, so what is signed
 * (headers, length) is unchanged; it only paces the bytes.
 */
export function addBandwidthLimit(client: S3Client, bucket: TokenBucket): void {
  if (added.has(client)) return;
  added.add(client);
  // Small objects' lean requests skip middleware: while a limit is set, they must not.
  keepSdkPathWhile(client, () => bucket.rate !== null);
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body?: unknown };
      if (bucket.rate !== null && request.body instanceof Readable)
        request.body = throttled(request.body, bucket);
      const out = await next(args);
      const response = out.response as { body?: unknown };
      if (bucket.rate !== null && response.body instanceof Readable)
        response.body = throttled(response.body, bucket);
      return out;
    },
    // Innermost: after signing, and before the deserializer wraps the response body.
    { step: 'deserialize', priority: 'low', name: 'holdallBandwidthLimit' },
  );
}
