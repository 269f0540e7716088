import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { crc32 } from 'node:zlib';

const READ_CHUNK = 1024 * 1024;
const MiB = 1024 * 1024;

/** Something fed the file's bytes in order. */
interface Digest {
  update(bytes: Buffer): void;
}

/** Reads the file once, in 1 MiB chunks, feeding every digest: memory stays one chunk. */
export async function readInto(path: string, digests: readonly Digest[]): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK }))
    for (const digest of digests) digest.update(chunk as Buffer);
}

/** S3's multipart ETag of the bytes cut into parts of these sizes: one 16-byte digest per part. */
export class MultipartEtag implements Digest {
  readonly #sizes: readonly number[];
  readonly #digests: Buffer[] = [];
  #part = 0;
  #left: number;
  #hash: Hash = createHash('md5');

  constructor(sizes: readonly number[]) {
    this.#sizes = sizes;
    this.#left = sizes[0] ?? Infinity;
  }

  update(bytes: Buffer): void {
    let rest = bytes;
    while (rest.length > 0) {
      const cut = Math.min(rest.length, this.#left);
      this.#hash.update(rest.subarray(0, cut));
      rest = rest.subarray(cut);
      this.#left -= cut;
      if (this.#left === 0) {
        this.#digests.push(this.#hash.digest());
        this.#hash = createHash('md5');
        this.#left = this.#sizes[++this.#part] ?? Infinity;
      }
    }
  }

  /** "<hex>-N", or undefined when the bytes did not fill exactly these parts. */
  value(): string | undefined {
    if (this.#part !== this.#sizes.length) return undefined;
    const md5 = createHash('md5').update(Buffer.concat(this.#digests)).digest('hex');
    return `${md5}-${this.#sizes.length}`;
  }
}

export class Crc32 implements Digest {
  #value = 0;
  update(bytes: Buffer): void {
    this.#value = crc32(bytes, this.#value);
  }
  base64(): string {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(this.#value >>> 0);
    return out.toString('base64');
  }
}

export async function fileHash(path: string, algorithm: 'md5' | 'sha1' | 'sha256'): Promise<Hash> {
  const hash = createHash(algorithm);
  await readInto(path, [hash]);
  return hash;
}

/** Equal parts of `partSize`, the rest in the last; undefined when that makes no `parts` parts. */
export function equalParts(size: number, parts: number, partSize: number): number[] | undefined {
  const last = size - partSize * (parts - 1);
  if (partSize <= 0 || last <= 0 || last > partSize) return undefined;
  return [...Array<number>(parts - 1).fill(partSize), last];
}

// Holdall's own plan first, then the defaults of common uploaders (SDKs and CLIs: 5, 8, 15, 16 MiB).
const COMMON_PART_MIB = [8, 5, 16, 15, 10, 32, 64, 100, 128, 256, 512];
const MAX_GUESSES = 4;

/**
 * Part layouts an uploader may have used for `parts` parts summing to `size`, most likely
 * first, for servers that do not say (RGW before Reef ignores partNumber).
 */
export function likelyLayouts(size: number, parts: number, ownPartSize: number): number[][] {
  if (parts === 1) return [[size]];
  const sizes = [
    ownPartSize,
    ...COMMON_PART_MIB.map((m) => m * MiB),
    Math.ceil(size / parts / MiB) * MiB,
    Math.ceil(size / parts),
  ];
  const layouts: number[][] = [];
  for (const partSize of new Set(sizes)) {
    const layout = equalParts(size, parts, partSize);
    if (layout !== undefined) layouts.push(layout);
    if (layouts.length === MAX_GUESSES) break;
  }
  return layouts;
}
