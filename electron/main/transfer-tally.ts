import type { TaskRecord, TaskState } from '../../shared/domain/task.js';

/** What the taskbar or dock shows: no bar, a fraction done, or a bar that moves without one. */
export type TaskbarProgress =
  { kind: 'none' } | { kind: 'fraction'; value: number } | { kind: 'indeterminate' };

interface Tallied {
  state: TaskState;
  bytesDone: number;
  /** Null while a folder is still being counted. */
  bytesTotal: number | null;
}

const isActive = (state: TaskState) =>
  state === 'queued' || state === 'running' || state === 'stalled' || state === 'waiting';

/**
 * One bar over every upload and download task running at once, from the snapshots main already
 * sends the window. Tasks count from the moment the first starts until none is left queued or
 * running, finished ones at their full size, so the bar never runs backwards when one of several
 * finishes. A failed or canceled task leaves the sum: its bytes will not be done.
 */
export class TransferTally {
  readonly #batch = new Map<string, Tallied>();

  observe(task: TaskRecord): void {
    if (task.spec.kind !== 'upload' && task.spec.kind !== 'download') return;
    if (task.state === 'failed' || task.state === 'canceled') this.#batch.delete(task.id);
    else if (isActive(task.state) || this.#batch.has(task.id))
      this.#batch.set(task.id, {
        state: task.state,
        bytesDone:
          task.state === 'succeeded' ? (task.bytesTotal ?? task.bytesDone) : task.bytesDone,
        bytesTotal: task.bytesTotal,
      });
    if (![...this.#batch.values()].some((t) => isActive(t.state))) this.#batch.clear();
  }

  progress(): TaskbarProgress {
    if (this.#batch.size === 0) return { kind: 'none' };
    let done = 0;
    let total = 0;
    for (const task of this.#batch.values()) {
      // A folder still being counted has totals that only grow: no honest fraction yet.
      if (task.bytesTotal === null) return { kind: 'indeterminate' };
      done += Math.max(0, Math.min(task.bytesDone, task.bytesTotal));
      total += Math.max(0, task.bytesTotal);
    }
    if (!Number.isFinite(total) || total <= 0) return { kind: 'indeterminate' };
    return { kind: 'fraction', value: Math.min(1, done / total) };
  }
}
