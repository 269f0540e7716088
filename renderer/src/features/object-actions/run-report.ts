import type { KeyError } from '../../../../shared/domain/copy-prefix.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import type { ObjectSelection } from '../objects/selection.js';

/** One item that did not go through, named as the user knows it. */
export interface ItemFailure {
  name: string;
  message: string;
}

/** An item a stopped job did not finish; a folder may have been partly worked through. */
export interface NotDone {
  name: string;
  /** Objects of the folder already done when it stopped. */
  partly?: number | undefined;
}

/** What a multi-item job ended with: every failure is kept, none is dropped. */
export interface RunReport {
  done: number;
  failures: ItemFailure[];
  /** Objects left alone because they existed at the destination. */
  skipped: number;
  /** The user stopped the job; `notDone` names what it did not get to. */
  stopped: boolean;
  notDone: NotDone[];
}

export const emptyReport = (): RunReport => ({
  done: 0,
  failures: [],
  skipped: 0,
  stopped: false,
  notDone: [],
});

/**
 * The user's Stop for a running job: the job reads `stopped` between items and hears `onStop`
 * to pass the request on to work in flight (a folder copy on the host).
 */
export class StopSwitch {
  private listeners = new Set<() => void>();
  stopped = false;

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const listener of this.listeners) listener();
  }

  onStop(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface RunProgress {
  /** Items finished (objects, or folders as a whole). */
  done: number;
  total: number;
  /** The folder being worked through, with objects done inside it. */
  folder?: { name: string; done: number; total: number | null } | undefined;
}

export function failureOf(name: string, err: unknown): ItemFailure {
  return { name, message: errorMessage(err) };
}

export function keyFailures(errors: readonly KeyError[]): ItemFailure[] {
  return errors.map(({ key, message }) => ({ name: key, message }));
}

/**
 * How an item's task ended, in the report's terms: done, not done (canceled part-way, with how
 * many objects it did), or its failures: each item the server kept, and the task's own error
 * when it names no item or more than the record carries.
 */
export function addOutcome(report: RunReport, name: string, task: TaskRecord): void {
  if (task.state === 'succeeded') report.done++;
  else if (task.state === 'canceled') report.notDone.push({ name, partly: task.itemsDone });
  else {
    report.failures.push(...task.problems.map((p) => ({ name: p.item, message: p.message })));
    const unnamed = task.problems.length === 0 || task.problemCount > task.problems.length;
    if (unnamed && task.error !== null)
      report.failures.push({ name, message: errorMessage(new ContractError(task.error)) });
  }
}

/**
 * What a job surely removed: every selected key and folder its report names neither as failed
 * nor as not done (a folder with a failure inside it is kept whole).
 */
export function removedBy(selection: ObjectSelection, report: RunReport): ObjectSelection {
  const named = [...report.failures, ...report.notDone].map((item) => item.name);
  const kept = new Set(named);
  return {
    keys: selection.keys.filter((key) => !kept.has(key)),
    prefixes: selection.prefixes.filter((prefix) => !named.some((n) => n.startsWith(prefix))),
  };
}
