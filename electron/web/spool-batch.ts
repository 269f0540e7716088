import type { Readable } from 'node:stream';

/** Files one batch request may carry, and the most its list of them may take. */
export const MAX_BATCH_FILES = 256;
export const MAX_BATCH_LIST_BYTES = 1024 * 1024;

/**
 * Reads a request body in exact amounts: a batch of dropped files is a 4-byte list length, the
 * list (JSON), then each file's bytes back to back. Fails naming how many bytes were missing
 * when the body ends early (a page that closed, a file it could not read).
 */
export class ByteReader {
  readonly #chunks: AsyncIterator<Buffer>;
  #buffer: Buffer = Buffer.alloc(0);
  #ended = false;

  constructor(body: Readable) {
    this.#chunks = (body as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  async read(length: number): Promise<Buffer> {
    while (this.#buffer.length < length)
      if (!(await this.#more())) throw early(length - this.#buffer.length);
    const out = this.#buffer.subarray(0, length);
    this.#buffer = this.#buffer.subarray(length);
    return out;
  }

  /** The next `length` bytes as they come, without holding more than a chunk of them. */
  async *take(length: number, counted: { bytes: number }): AsyncGenerator<Buffer> {
    while (counted.bytes < length) {
      if (this.#buffer.length === 0 && !(await this.#more())) throw early(length - counted.bytes);
      const part = this.#buffer.subarray(0, Math.min(length - counted.bytes, this.#buffer.length));
      this.#buffer = this.#buffer.subarray(part.length);
      counted.bytes += part.length;
      yield part;
    }
  }

  /** Passes over what a refused file still had in the body. */
  async skip(length: number): Promise<void> {
    const counted = { bytes: 0 };
    for await (const part of this.take(length, counted)) void part;
  }

  async atEnd(): Promise<boolean> {
    while (this.#buffer.length === 0) if (!(await this.#more())) return true;
    return false;
  }

  async #more(): Promise<boolean> {
    if (this.#ended) return false;
    const next = await this.#chunks.next();
    if (next.done === true) {
      this.#ended = true;
      return false;
    }
    this.#buffer =
      this.#buffer.length === 0 ? next.value : Buffer.concat([this.#buffer, next.value]);
    return true;
  }
}

function early(missing: number): Error {
  return new Error(`the request ended ${missing} bytes early`);
}
