import type { TaskRecord } from '../../../../shared/domain/task.js';

/**
 * Cancelling aborts the requests in flight, and the host takes their bytes back: shown as they
 * are, the bar of a cancelled transfer would jump back. A cancelled task keeps the furthest
 * progress it showed; it is marked cancelled, so nobody reads those bytes as stored.
 */
function keptProgress(snapshot: TaskRecord, previous: TaskRecord | undefined): TaskRecord {
  if (snapshot.state !== 'canceled' || previous === undefined) return snapshot;
  return {
    ...snapshot,
    bytesDone: Math.max(snapshot.bytesDone, previous.bytesDone),
    itemsDone: Math.max(snapshot.itemsDone, previous.itemsDone),
  };
}

/** The list with each snapshot in place of the record it replaces; new tasks go at the end. */
export function upsertTasks(
  rows: readonly TaskRecord[],
  snapshots: readonly TaskRecord[],
): TaskRecord[] {
  const next = [...rows];
  const index = new Map(next.map((row, i) => [row.id, i]));
  for (const snapshot of snapshots) {
    const at = index.get(snapshot.id);
    if (at === undefined) {
      index.set(snapshot.id, next.length);
      next.push(snapshot);
    } else next[at] = keptProgress(snapshot, next[at]);
  }
  return next;
}

/**
 * Folds a record from an HTTP reply (tasks.start): it only adds a task not seen yet. A known
 * task's state comes from snapshot events, which are ordered; the reply may arrive after newer
 * events and would otherwise turn a finished task back into a queued one.
 */
export function insertNewTasks(
  rows: readonly TaskRecord[],
  records: readonly TaskRecord[],
): TaskRecord[] {
  const known = new Set(rows.map((row) => row.id));
  return upsertTasks(
    rows,
    records.filter((record) => !known.has(record.id)),
  );
}

/** What "Clear finished" leaves: failed tasks stay until retried or canceled, as on the host. */
export function withoutFinished(rows: readonly TaskRecord[]): TaskRecord[] {
  return rows.filter((row) => row.state !== 'succeeded' && row.state !== 'canceled');
}
