import type { TaskRecord } from '../../../../shared/domain/task.js';

/**
 * Downloads this window started and has not yet confirmed. Tasks first seen in the list (after a
 * reload, or started elsewhere) are not in it, so no notice claims work that was not watched.
 */
const watched = new Set<string>();
const listeners = new Set<() => void>();

/**
 * Starts watching; listeners look at the list again at once, as a small file may have finished
 * (its last event arrived) before the start's answer named its task.
 */
export function watchDownloads(tasks: readonly Pick<TaskRecord, 'id'>[]): void {
  for (const task of tasks) watched.add(task.id);
  for (const listener of listeners) listener();
}

/** Called after each watchDownloads; answers the unsubscribe. */
export function onWatchDownloads(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The watched downloads that have ended, each once: succeeded ones to confirm, the rest only to
 * forget (the activity panel reports failures).
 */
export function takeEnded<T extends Pick<TaskRecord, 'id' | 'state'>>(jobs: readonly T[]): T[] {
  const ended: T[] = [];
  for (const job of jobs) {
    if (!watched.has(job.id)) continue;
    if (job.state === 'succeeded' || job.state === 'failed' || job.state === 'canceled') {
      watched.delete(job.id);
      ended.push(job);
    }
  }
  return ended;
}
