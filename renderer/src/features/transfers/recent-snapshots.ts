import type { TransferJob } from '../../../../shared/domain/transfer-job.js';

const KEEP = 1000;

/**
 * State events in arrival order. Events come over one socket, in order; a
 * list or action reply comes over HTTP and may overtake or trail them. A list
 * fetch therefore takes the events that arrived while it was in flight and
 * applies them over its answer, so a job that finished meanwhile does not
 * show as queued forever.
 */
export class RecentSnapshots {
  #seq = 0;
  #log: { seq: number; job: TransferJob }[] = [];

  record(job: TransferJob): void {
    this.#seq += 1;
    this.#log.push({ seq: this.#seq, job });
    if (this.#log.length > KEEP) this.#log.splice(0, this.#log.length - KEEP);
  }

  mark(): number {
    return this.#seq;
  }

  since(mark: number): TransferJob[] {
    return this.#log.filter((entry) => entry.seq > mark).map((entry) => entry.job);
  }
}

const logs = new WeakMap<object, RecentSnapshots>();

/** One log per contract client, shared by the event listener and the list query. */
export function recentSnapshotsFor(client: object): RecentSnapshots {
  let log = logs.get(client);
  if (log === undefined) {
    log = new RecentSnapshots();
    logs.set(client, log);
  }
  return log;
}
