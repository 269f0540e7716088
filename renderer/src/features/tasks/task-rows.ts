import type { TaskRecord } from '../../../../shared/domain/task.js';

/** The list with each snapshot in place of the record it replaces; new tasks go at the end. */
export function upsertTasks(
  rows: readonly TaskRecord[],
  snapshots: readonly TaskRecord[],
): TaskRecord[] {
  const next = [...rows];
  for (const snapshot of snapshots) {
    const at = next.findIndex((row) => row.id === snapshot.id);
    if (at === -1) next.push(snapshot);
    else next[at] = snapshot;
  }
  return next;
}
