import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';

// Both sides of a sync as path → SHA-256 of the bytes, so tests compare them byte for byte
// without holding (or deep-comparing) every byte.

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Every object under the prefix (one listing page) read with a plain SDK client. */
export async function storedDigests(
  client: S3Client,
  bucket: string,
  prefix: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  for (const { Key } of page.Contents ?? []) {
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key }));
    const chunks: Buffer[] = [];
    for await (const chunk of got.Body as Readable) chunks.push(chunk as Buffer);
    out.set(Key!.slice(prefix.length), sha256(Buffer.concat(chunks)));
  }
  return out;
}

/** Every file under the folder, by its "/"-separated path below it. */
export async function folderDigests(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(relative(root, path).split(sep).join('/'), sha256(await readFile(path)));
    }
  return out;
}
