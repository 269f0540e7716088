import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Range } from './download-plan.js';

/** Fed one range's bytes in order; starts over when the range is fetched again. */
export interface RangeHasher {
  update: (bytes: Buffer) => void;
  reset: () => void;
}

/**
 * The MD5 of every part of a planned layout, taken while ranges are written: a range that
 * spans whole parts hashes its bytes as they arrive, so checking a multipart ETag costs no
 * second read of the file. Parts of ranges an earlier run wrote are read back from the file.
 */
export class PartDigests {
  readonly sizes: readonly number[];
  readonly #offsets: number[] = [];
  readonly #digests: (Buffer | undefined)[];

  constructor(sizes: readonly number[]) {
    this.sizes = sizes;
    let offset = 0;
    for (const size of sizes) {
      this.#offsets.push(offset);
      offset += size;
    }
    this.#digests = sizes.map(() => undefined);
  }

  /** A hasher for a range that starts and ends on part boundaries. */
  hasher(range: Range): RangeHasher {
    const first = this.#offsets.indexOf(range.start);
    if (first < 0) throw new RangeError(`Range at ${range.start} does not start a part`);
    let part = first;
    let left = this.sizes[part] ?? 0;
    let hash: Hash = createHash('md5');
    return {
      update: (bytes) => {
        let rest = bytes;
        while (rest.length > 0) {
          const cut = Math.min(rest.length, left);
          hash.update(cut === rest.length ? rest : rest.subarray(0, cut));
          rest = rest.subarray(cut);
          left -= cut;
          if (left === 0) {
            this.#digests[part] = hash.digest();
            hash = createHash('md5');
            left = this.sizes[++part] ?? Infinity;
          }
        }
      },
      reset: () => {
        for (let p = first; p < part; p++) this.#digests[p] = undefined;
        part = first;
        left = this.sizes[part] ?? 0;
        hash = createHash('md5');
      },
    };
  }

  /** Every part's MD5, reading from `path` only the parts no hasher completed. */
  async all(path: string): Promise<Buffer[]> {
    const out: Buffer[] = [];
    for (const [i, known] of this.#digests.entries()) {
      if (known !== undefined) {
        out.push(known);
        continue;
      }
      const start = this.#offsets[i] ?? 0;
      const size = this.sizes[i] ?? 0;
      const hash = createHash('md5');
      if (size > 0)
        for await (const chunk of createReadStream(path, {
          start,
          end: start + size - 1,
          highWaterMark: 1024 * 1024,
        }))
          hash.update(chunk as Buffer);
      out.push(hash.digest());
    }
    return out;
  }

  /** The MD5 of the whole file, when the layout is one part. */
  async md5(path: string): Promise<string | undefined> {
    if (this.sizes.length !== 1) return undefined;
    return (await this.all(path))[0]?.toString('hex');
  }

  /** The multipart ETag these bytes have under this layout: "<md5 of the parts' MD5s>-N". */
  async multipartEtag(path: string): Promise<string> {
    const digests = await this.all(path);
    const md5 = createHash('md5').update(Buffer.concat(digests)).digest('hex');
    return `${md5}-${digests.length}`;
  }
}
