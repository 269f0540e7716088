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
 * An append-only file of JSON lines checked against a schema: the durable record behind the
 * transfer queue and the task scheduler. Appends keep call order; lines recorded while a write
 * is in flight share the next write, so many small facts at once cost one write.
 */
export class JsonLinesLog<Entry> {
  readonly #path: string;
  readonly #schema: z.ZodType<Entry>;
  #queue: Promise<unknown> = Promise.resolve();
  /** Lines waiting for the write in flight to finish; they go out together, in order. */
  #batch: { lines: string[]; written: Promise<void> } | null = null;
  /** Open only while batches follow each other. */
  #file: Promise<FileHandle> | undefined;

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
    batch.written = this.#queue.then(async () => {
      this.#batch = null;
      // Back-to-back batches share one open file; an idle log holds no descriptor, so nothing
      // has to close it.
      this.#file ??= open(this.#path, 'a', 0o600);
      const file = this.#file;
      let failed = false;
      try {
        await (await file).appendFile(batch.lines.join(''));
      } catch (err) {
        failed = true;
        throw err;
      } finally {
        if (failed || this.#batch === null) {
          this.#file = undefined;
          await file.then((f) => f.close()).catch(() => undefined);
        }
      }
    });
    this.#batch = batch;
    this.#queue = batch.written.catch(() => undefined);
    return batch.written;
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
