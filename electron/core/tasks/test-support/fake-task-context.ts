import type { ResultItem } from '../task-results.js';
import type { TaskProblem, TaskResult } from '../../../../shared/domain/task.js';
import type { TaskContext } from '../task-runner.js';

// A TaskContext that records what a runner reports, for the runners' unit tests: the counts
// a user would see (earlier runs' share plus this run's steps), totals, problems and results.

export interface Recorded {
  /** What the record shows: earlier runs' counts plus every step of this run. */
  itemsDone: number;
  bytesDone: number;
  steps: { items?: number; bytes?: number }[];
  totals: { items?: number | null; bytes?: number | null }[];
  problems: TaskProblem[];
  result: TaskResult | undefined;
  found: ResultItem[];
}

export function fakeContext(
  options: {
    before?: { itemsDone: number; bytesDone: number };
    local?: string;
    /** How many results `found` takes before it says the cap is reached. */
    cap?: number;
  } = {},
) {
  const before = options.before ?? { itemsDone: 0, bytesDone: 0 };
  const controller = new AbortController();
  const recorded: Recorded = {
    itemsDone: before.itemsDone,
    bytesDone: before.bytesDone,
    steps: [],
    totals: [],
    problems: [],
    result: undefined,
    found: [],
  };
  const context: TaskContext = {
    signal: controller.signal,
    local: options.local,
    before,
    resumed: before.itemsDone > 0 || before.bytesDone > 0,
    advance: (step) => {
      recorded.steps.push(step);
      recorded.itemsDone += step.items ?? 0;
      recorded.bytesDone += step.bytes ?? 0;
    },
    setTotals: (totals) => void recorded.totals.push(totals),
    problem: (problem) => void recorded.problems.push(problem),
    setResult: (result) => {
      recorded.result = result;
    },
    found: (matches) => {
      recorded.found.push(...matches);
      return recorded.found.length < (options.cap ?? Infinity);
    },
  };
  return { context, controller, recorded };
}

/** Whether every step went forward: a count shown never goes back. */
export const onlyForward = (recorded: Recorded): boolean =>
  recorded.steps.every((s) => (s.items ?? 0) >= 0 && (s.bytes ?? 0) >= 0);
