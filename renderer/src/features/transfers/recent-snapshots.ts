const KEEP = 1000;

/**
 * State events in arrival order. Events come over one socket, in order; a
 * list or action reply comes over HTTP and may overtake or trail them. A list
 * fetch therefore takes the events that arrived while it was in flight and
 * applies them over its answer, so a task that finished meanwhile does not
 * show as queued forever.
 */
export class RecentSnapshots<Snapshot> {
  #seq = 0;
  #log: { seq: number; job: Snapshot }[] = [];

  record(job: Snapshot): void {
    this.#seq += 1;
    this.#log.push({ seq: this.#seq, job });
    if (this.#log.length > KEEP) this.#log.splice(0, this.#log.length - KEEP);
  }

  mark(): number {
    return this.#seq;
  }

  since(mark: number): Snapshot[] {
    return this.#log.filter((entry) => entry.seq > mark).map((entry) => entry.job);
  }
}

/** One log per contract client, shared by an event listener and its list query. */
export function snapshotLogs<Snapshot>(): (client: object) => RecentSnapshots<Snapshot> {
  const logs = new WeakMap<object, RecentSnapshots<Snapshot>>();
  return (client) => {
    let log = logs.get(client);
    if (log === undefined) {
      log = new RecentSnapshots<Snapshot>();
      logs.set(client, log);
    }
    return log;
  };
}
