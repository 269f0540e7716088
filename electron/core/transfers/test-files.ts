import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { wrapRequests } from './test-support/object-requests.js';
import { fingerprintOf } from './upload-file.js';
import type { UploadSource } from './upload-file.js';

export async function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `holdall-${label}-`));
}

/** A file of random bytes, written in 1 MiB chunks, and its SHA-256. */
export async function randomFile(
  dir: string,
  name: string,
  size: number,
): Promise<{ source: UploadSource; sha256: string }> {
  const path = join(dir, name);
  const hash = createHash('sha256');
  function* chunks() {
    for (let left = size; left > 0; left -= 1024 * 1024) {
      const chunk = randomBytes(Math.min(left, 1024 * 1024));
      hash.update(chunk);
      yield chunk;
    }
  }
  await pipeline(chunks(), createWriteStream(path));
  const info = await stat(path);
  return {
    source: { path, size, fingerprint: fingerprintOf(info.mtimeMs) },
    sha256: hash.digest('hex'),
  };
}

/** SHA-256 of what the server holds, read with a plain client. */
export async function objectSha256(client: S3Client, bucket: string, key: string): Promise<string> {
  const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const hash = createHash('sha256');
  for await (const chunk of out.Body as Readable) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Counts the requests of one command the client sends, e.g. to prove parts are not re-sent. */
export function countCommands(client: S3Client, commandName: string): { count: () => number } {
  let count = 0;
  wrapRequests(client, (request, next) => {
    if (request.commandName === commandName) count++;
    return next();
  });
  return { count: () => count };
}
