import type { ResultItem } from './task-results.js';
import type { TaskProblem, TaskResult, TaskSpec } from '../../../shared/domain/task.js';

/**
 * The kinds the scheduler runs. Uploads and downloads are not among them: the transfer engine
 * runs those, with per-file slots shared by every transfer task and a journal of its own.
 */
export type SchedulerSpec = Exclude<TaskSpec, { kind: 'upload' | 'download' }>;
export type SchedulerKind = SchedulerSpec['kind'];

export function isSchedulerSpec(spec: TaskSpec): spec is SchedulerSpec {
  return spec.kind !== 'upload' && spec.kind !== 'download';
}

/** What a runner reports through while it works; the scheduler owns the numbers. */
export interface TaskContext {
  /** Aborted when the task is canceled or paused, or the core closes: stop at the next step. */
  readonly signal: AbortSignal;
  /** The local folder of a compare or sync (journaled with the task); undefined for others. */
  readonly local: string | undefined;
  /**
   * What earlier runs of this task did (before a pause, a restart or a retry). The counts go on
   * from there; the runner does its work again from what the server now holds.
   */
  readonly before: { itemsDone: number; bytesDone: number };
  /** An earlier run (before a restart, a pause or a retry) may have done part of the work. */
  readonly resumed: boolean;
  advance(step: { items?: number; bytes?: number }): void;
  /** A total once known; null when it cannot be known. */
  setTotals(totals: { items?: number | null; bytes?: number | null }): void;
  problem(problem: TaskProblem): void;
  /** What the task found, shown with its record once it succeeds. */
  setResult(result: TaskResult): void;
  /** What a finding kind found, kept for tasks.results; false once the cap is reached: stop. */
  found(matches: readonly ResultItem[]): boolean;
}

/**
 * One kind of long work. `run` resolves once the work is done and throws when it could not be
 * done (an AppError says why); it listens to `context.signal` between requests.
 */
export interface TaskRunner<Spec extends SchedulerSpec = SchedulerSpec> {
  /** Whether the work can stop and be taken up again later, so Pause means something. */
  readonly pausable: boolean;
  /** A kind that finds things (search): its results are kept and its record counts them. */
  readonly findsResults?: boolean;
  run(spec: Spec, context: TaskContext): Promise<void>;
}

/** A runner for every kind: a kind without one fails to compile. */
export type TaskRunners = { [K in SchedulerKind]: TaskRunner<Extract<SchedulerSpec, { kind: K }>> };
