import type { Range } from './download-plan.js';

export interface CheckpointIo {
  /** Makes every byte written to the file so far durable (fdatasync). */
  sync(): Promise<void>;
  /** Journals a range as written; called only after a sync that began after its last write. */
  record(range: Range): Promise<void>;
}

/**
 * Journals finished ranges only once their bytes are durable, without making the download wait
 * for the disk. A finished range joins a batch; one sync at a time runs in the background and,
 * when it returns, the ranges that had finished before it began are journaled. While a sync
 * runs, the next batch gathers, so a slow disk gets fewer, larger syncs and a fast network is
 * never held at the disk's pace until its end. A crash loses at most the ranges that finished
 * since the last sync began.
 */
export class DurableRanges {
  readonly #io: CheckpointIo;
  #waiting: Range[] = [];
  #running: Promise<void> | undefined;
  #stopped = false;
  #failure: { error: unknown } | undefined;
  /** Some range of this file is in the journal. */
  journaled = false;

  constructor(io: CheckpointIo, alreadyJournaled: boolean) {
    this.#io = io;
    this.journaled = alreadyJournaled;
  }

  /** Call once every byte of `range` has been written to the file. */
  finished(range: Range): void {
    this.#throwIfFailed();
    this.#waiting.push(range);
    this.#next();
  }

  /**
   * Starts no further syncs and waits for the one in flight, whose ranges are journaled; ranges
   * that finished after it began are not (they are not known to be durable). Throws the error
   * of a failed sync or journal write.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    while (this.#running !== undefined) await this.#running;
    this.#throwIfFailed();
  }

  /** Like stop, then one last sync for the ranges still waiting: every finished byte is durable. */
  async finish(): Promise<void> {
    await this.stop();
    const rest = this.#waiting;
    this.#waiting = [];
    if (rest.length > 0) await this.#checkpoint(rest);
    this.#throwIfFailed();
  }

  #next(): void {
    if (this.#running !== undefined || this.#stopped || this.#failure !== undefined) return;
    if (this.#waiting.length === 0) return;
    const batch = this.#waiting;
    this.#waiting = [];
    this.#running = this.#checkpoint(batch).finally(() => {
      this.#running = undefined;
      this.#next();
    });
  }

  async #checkpoint(batch: readonly Range[]): Promise<void> {
    try {
      await this.#io.sync();
      for (const range of batch) {
        await this.#io.record(range);
        this.journaled = true;
      }
    } catch (error) {
      this.#failure ??= { error };
    }
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure.error;
  }
}
