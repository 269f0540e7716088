import { JsonLinesLog } from '../fs/json-lines-log.js';
import { entriesOf, foldJournal, journalEntrySchema, tasksOf } from './journal-entries.js';
import type { JournaledJob, JournalEntry, TaskEntry } from './journal-entries.js';

const FILE_NAME = 'transfers.jsonl';

function unfinishedJobs(entries: JournalEntry[]): JournaledJob[] {
  return [...foldJournal(entries).values()].filter((job) => job.end === undefined);
}

/**
 * The durable record of transfers: each job and each finished part is appended
 * as it happens, so a killed app resumes instead of starting over.
 */
export class TransferJournal {
  readonly #log: JsonLinesLog<JournalEntry>;

  private constructor(log: JsonLinesLog<JournalEntry>) {
    this.#log = log;
  }

  /**
   * Opens the journal, compacts away finished jobs (and tasks none of whose jobs is left), and
   * returns the unfinished jobs with their tasks.
   */
  static async open(dir: string): Promise<{
    journal: TransferJournal;
    unfinished: JournaledJob[];
    tasks: TaskEntry[];
    skipped: number;
  }> {
    const { log, entries, skipped } = await JsonLinesLog.open(
      dir,
      FILE_NAME,
      journalEntrySchema,
      (all) => {
        const jobs = unfinishedJobs(all);
        return [...tasksOf(all, jobs), ...jobs.flatMap(entriesOf)];
      },
    );
    const unfinished = unfinishedJobs(entries);
    const tasks = tasksOf(entries, unfinished);
    return { journal: new TransferJournal(log), unfinished, tasks, skipped };
  }

  /**
   * Appends in call order; resolves once the line is handed to the OS. Lines recorded while
   * a write is in flight share the next write (many small files finish at once).
   */
  record(entry: JournalEntry): Promise<void> {
    return this.#log.record(entry);
  }

  async read(): Promise<Map<string, JournaledJob>> {
    return foldJournal(await this.#log.read());
  }
}
