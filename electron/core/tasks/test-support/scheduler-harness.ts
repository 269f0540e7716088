import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { AppErrorShape } from '../../../../shared/contract/envelope.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { SchedulerSpec, TaskContext, TaskRunner } from '../task-runner.js';
import { TaskScheduler } from '../task-scheduler.js';
import type { TaskSchedulerOptions } from '../task-scheduler.js';

/** One run of the controlled runner: the test advances it and ends it. */
export interface HeldRun {
  spec: SchedulerSpec;
  context: TaskContext;
  /** Ends the run: done without an error, failed with one. */
  finish(error?: Error): void;
  /** Whether the scheduler asked the run to stop. */
  readonly stopped: boolean;
}

/**
 * A runner that does nothing until the test says: it lets tests hold a task in the middle of
 * its work. Like real runners, it stops with the signal's reason when aborted.
 */
export function heldRunner(pausable = true): { runner: TaskRunner; runs: HeldRun[] } {
  const runs: HeldRun[] = [];
  const runner: TaskRunner = {
    pausable,
    run: (spec, context) =>
      new Promise<void>((resolve, reject) => {
        runs.push({
          spec,
          context,
          finish: (error) => (error === undefined ? resolve() : reject(error)),
          get stopped() {
            return context.signal.aborted;
          },
        });
        context.signal.addEventListener('abort', () => reject(context.signal.reason as Error), {
          once: true,
        });
      }),
  };
  return { runner, runs };
}

export const folderSpec = (prefix: string): SchedulerSpec => ({
  kind: 'delete',
  profileId: 'profile-test',
  bucket: 'bucket-test',
  keys: [],
  prefixes: [prefix],
});

export async function journalDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'holdall-tasks-'));
}

// Like the core's: it knows SDK and socket errors, not AppError (the scheduler keeps those).
const asShape = (err: unknown): AppErrorShape => ({ code: 'Internal', message: String(err) });

/** A scheduler whose every kind uses `runner`, recording every snapshot it sends. */
export function schedulerWith(
  runner: TaskRunner,
  dir: string,
  options: Partial<TaskSchedulerOptions> = {},
): { scheduler: TaskScheduler; snapshots: TaskRecord[] } {
  const snapshots: TaskRecord[] = [];
  const scheduler = new TaskScheduler({
    journalDir: dir,
    runners: {
      delete: runner,
      emptyBucket: runner,
      size: runner,
      search: runner,
      copy: runner,
      move: runner,
      compare: runner,
      sync: runner,
    },
    onSnapshot: (record) => snapshots.push(record),
    toError: asShape,
    onJournalError: (err) => {
      throw err;
    },
    ...options,
  });
  return { scheduler, snapshots };
}

/** Waits for a condition the scheduler reaches by itself (a run starting, a state). */
export async function until(condition: () => boolean): Promise<void> {
  await vi.waitFor(
    () => {
      if (!condition()) throw new Error('not yet');
    },
    { timeout: 5_000, interval: 5 },
  );
}
