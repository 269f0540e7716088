import type { TaskRecord, TaskState } from '../../../../shared/domain/task.js';

/** The fields of a task the panel's summaries read. */
export type SummaryTask = Pick<
  TaskRecord,
  'state' | 'bytesDone' | 'bytesTotal' | 'bytesPerSecond' | 'etaSeconds' | 'controls'
>;

/**
 * The rate as shown. The host counts bytes as they enter a request, so a read-ahead burst
 * can briefly average above the bandwidth limit; nothing leaves faster than the limit, so the
 * shown rate stops there. Null when there is no rate worth showing.
 */
export function shownRate(bytesPerSec: number | null, limit: number | null): number | null {
  if (bytesPerSec === null || !Number.isFinite(bytesPerSec) || bytesPerSec <= 0) return null;
  return limit === null ? bytesPerSec : Math.min(bytesPerSec, limit);
}

/** Seconds left from what is left and the shown rate: a clipped rate means a longer wait. */
function secondsLeft(bytesLeft: number, bytesPerSec: number | null): number | null {
  if (bytesPerSec === null) return null;
  return Math.max(0, Math.ceil(Math.max(0, bytesLeft) / bytesPerSec));
}

/** A task's rate and time left, or nulls when it is not moving (waiting, stalled, stopped). */
export function taskSpeed(
  task: SummaryTask,
  limit: number | null,
): { bytesPerSec: number | null; etaSeconds: number | null } {
  if (task.state !== 'running') return { bytesPerSec: null, etaSeconds: null };
  const bytesPerSec = shownRate(task.bytesPerSecond, limit);
  const clipped = bytesPerSec !== null && bytesPerSec !== task.bytesPerSecond;
  return {
    bytesPerSec,
    etaSeconds:
      clipped && task.bytesTotal !== null
        ? secondsLeft(task.bytesTotal - task.bytesDone, bytesPerSec)
        : task.etaSeconds,
  };
}

export interface HeaderSummary {
  running: number;
  waiting: number;
  queued: number;
  paused: number;
  failed: number;
  /** The whole panel's shown rate: every transfer shares the one limit. */
  bytesPerSec: number | null;
  /** Until every running and queued task with a known size is through at that rate. */
  etaSeconds: number | null;
}

/** The panel header's one line, readable while the panel is collapsed. A stalled task still runs. */
export function headerSummary(tasks: readonly SummaryTask[], limit: number | null): HeaderSummary {
  const summary: HeaderSummary = {
    running: 0,
    waiting: 0,
    queued: 0,
    paused: 0,
    failed: 0,
    bytesPerSec: null,
    etaSeconds: null,
  };
  let rate = 0;
  let bytesLeft = 0;
  for (const task of tasks) {
    const state = task.state === 'stalled' ? 'running' : task.state;
    if (state === 'running' || state === 'waiting' || state === 'queued') {
      summary[state]++;
      if (task.bytesTotal !== null) bytesLeft += Math.max(0, task.bytesTotal - task.bytesDone);
    } else if (state === 'paused' || state === 'failed') summary[state]++;
    rate += taskSpeed(task, null).bytesPerSec ?? 0;
  }
  summary.bytesPerSec = shownRate(rate, limit);
  summary.etaSeconds = secondsLeft(bytesLeft, summary.bytesPerSec);
  return summary;
}

/** What the queue toolbar's buttons act on: each is enabled while some task allows it. */
export interface QueueSummary {
  pause: number;
  resume: number;
  retry: number;
  cancel: number;
  /** Succeeded or canceled: what "Clear finished" forgets (failed ones stay, as on the host). */
  finished: number;
}

export function summarize(tasks: readonly SummaryTask[]): QueueSummary {
  const summary: QueueSummary = { pause: 0, resume: 0, retry: 0, cancel: 0, finished: 0 };
  for (const task of tasks) {
    for (const action of task.controls) summary[action]++;
    if (task.state === 'succeeded' || task.state === 'canceled') summary.finished++;
  }
  return summary;
}

const needsYou: readonly TaskState[] = ['waiting', 'failed'];

/**
 * The panel's order: tasks that need the person (a question, a failure) on top, then the rest
 * newest first, since what was just dropped is what people look for.
 */
export function queueOrder<T extends Pick<TaskRecord, 'state'>>(tasks: readonly T[]): T[] {
  const newestFirst = [...tasks].reverse();
  return [
    ...newestFirst.filter((task) => needsYou.includes(task.state)),
    ...newestFirst.filter((task) => !needsYou.includes(task.state)),
  ];
}
