import { mkdir, open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write.js';

export interface OpenedLog<Entry> {
  log: JsonLinesLog<Entry>;
  /** Every valid line of the file as it was before compaction. */
  entries: Entry[];
  /** Lines that did not parse or did not match the schema (a torn last line, say). */
  skipped: number;
}

/**
 * How long the file stays open after its last write. Transfers of many small files record a
 * few lines per file: with the file opened and closed around each write, and each write started
 * at once, 2,000 files cost ~3,900 writes and ~700 opens (each a trip through the thread pool);
 * held open and gathered per turn of the event loop they cost a fraction of that.
 */
const IDLE_CLOSE_MS = 1000;

/**
 * An append-only file of JSON lines checked against a schema: the durable record behind the
 * transfer queue and the task scheduler. Appends keep call order; lines recorded in the same
 * turn of the event loop, or while a write is in flight, share the next write, so many small
 * facts at once cost one write.
 */
export class JsonLinesLog<Entry> {
  readonly #path: string;
  readonly #schema: z.ZodType<Entry>;
  #queue: Promise<unknown> = Promise.resolve();
  /** Lines waiting for the write in flight to finish; they go out together, in order. */
  #batch: { lines: string[]; written: Promise<void> } | null = null;
  /** Open while writes follow each other; closed after a second without one. */
  #file: Promise<FileHandle> | undefined;
  #idleClose: ReturnType<typeof setTimeout> | undefined;

  private constructor(path: string, schema: z.ZodType<Entry>) {
    this.#path = path;
    this.#schema = schema;
  }

  /**
   * Opens `dir/fileName` (created if missing), reads it, and writes it back as `compact` says,
   * atomically, so facts about finished work do not pile up from run to run.
   */
  static async open<Entry>(
    dir: string,
    fileName: string,
    schema: z.ZodType<Entry>,
    compact: (entries: Entry[]) => Entry[],
  ): Promise<OpenedLog<Entry>> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const log = new JsonLinesLog(join(dir, fileName), schema);
    const text = await readFile(log.#path, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    const { entries, skipped } = log.#parse(text);
    await writeFileAtomic(
      log.#path,
      compact(entries)
        .map((e) => `${JSON.stringify(e)}\n`)
        .join(''),
    );
    return { log, entries, skipped };
  }

  /** Appends in call order; resolves once the line is handed to the OS. */
  record(entry: Entry): Promise<void> {
    const line = `${JSON.stringify(this.#schema.parse(entry))}\n`;
    if (this.#batch !== null) {
      this.#batch.lines.push(line);
      return this.#batch.written;
    }
    const batch: { lines: string[]; written: Promise<void> } = {
      lines: [line],
      written: Promise.resolve(),
    };
    batch.written = this.#queue
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        this.#batch = null;
        clearTimeout(this.#idleClose);
        this.#file ??= open(this.#path, 'a', 0o600);
        const file = this.#file;
        try {
          await (await file).appendFile(batch.lines.join(''));
        } catch (err) {
          this.#file = undefined;
          await file.then((f) => f.close()).catch(() => undefined);
          throw err;
        }
        // An idle log holds no descriptor, so nothing has to close it; the timer keeps no
        // process alive.
        this.#idleClose = setTimeout(() => this.#closeIdle(file), IDLE_CLOSE_MS);
        this.#idleClose.unref();
      });
    this.#batch = batch;
    this.#queue = batch.written.catch(() => undefined);
    return batch.written;
  }

  /** Closes the file in turn with the writes, unless one came since the timer was set. */
  #closeIdle(file: Promise<FileHandle>): void {
    this.#queue = this.#queue.then(async () => {
      if (this.#file !== file || this.#batch !== null) return;
      this.#file = undefined;
      await file.then((f) => f.close()).catch(() => undefined);
    });
  }

  /** Every valid line so far, once the appends already asked for are written. */
  async read(): Promise<Entry[]> {
    await this.#queue;
    return this.#parse(await readFile(this.#path, 'utf8')).entries;
  }

  #parse(text: string): { entries: Entry[]; skipped: number } {
    const entries: Entry[] = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const parsed = this.#schema.safeParse(JSON.parse(line));
        if (parsed.success) entries.push(parsed.data);
        else skipped++;
      } catch {
        // A crash mid-append leaves a torn last line; everything before it still counts.
        skipped++;
      }
    }
    return { entries, skipped };
  }
}
