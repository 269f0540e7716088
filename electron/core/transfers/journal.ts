import { mkdir, open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { entriesOf, foldJournal, journalEntrySchema } from './journal-entries.js';
import type { JournaledJob, JournalEntry } from './journal-entries.js';

const FILE_NAME = 'transfers.jsonl';

function parseLines(text: string): { entries: JournalEntry[]; skipped: number } {
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = journalEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
      else skipped++;
    } catch {
      // A crash mid-append leaves a torn last line; everything before it still counts.
      skipped++;
    }
  }
  return { entries, skipped };
}

/**
 * The durable record of transfers: each job and each finished part is appended
 * as it happens, so a killed app resumes instead of starting over.
 */
export class TransferJournal {
  readonly #path: string;
  #queue: Promise<unknown> = Promise.resolve();
  /** Lines waiting for the write in flight to finish; they go out together, in order. */
  #batch: { lines: string[]; written: Promise<void> } | null = null;
  /** Open only while batches follow each other. */
  #file: Promise<FileHandle> | undefined;

  private constructor(path: string) {
    this.#path = path;
  }

  /** Opens the journal, compacts away finished jobs, and returns the unfinished ones. */
  static async open(
    dir: string,
  ): Promise<{ journal: TransferJournal; unfinished: JournaledJob[]; skipped: number }> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const journal = new TransferJournal(join(dir, FILE_NAME));
    const text = await readFile(journal.#path, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    const { entries, skipped } = parseLines(text);
    const unfinished = [...foldJournal(entries).values()].filter((job) => job.end === undefined);
    await writeFileAtomic(
      journal.#path,
      unfinished
        .flatMap(entriesOf)
        .map((e) => `${JSON.stringify(e)}\n`)
        .join(''),
    );
    return { journal, unfinished, skipped };
  }

  /**
   * Appends in call order; resolves once the line is handed to the OS. Lines recorded while
   * a write is in flight share the next write (many small files finish at once).
   */
  record(entry: JournalEntry): Promise<void> {
    const line = `${JSON.stringify(journalEntrySchema.parse(entry))}\n`;
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
      // Back-to-back batches (a folder of small files) share one open file; an idle journal
      // holds no descriptor, so nothing has to close it.
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

  async read(): Promise<Map<string, JournaledJob>> {
    await this.#queue;
    return foldJournal(parseLines(await readFile(this.#path, 'utf8')).entries);
  }
}
