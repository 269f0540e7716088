import { countOf } from '../../../../shared/domain/count-of.js';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError, errorCodeSchema } from '../../../../shared/contract/envelope.js';
import type { KeyError } from '../../../../shared/domain/object-delete.js';
import type { DeleteTaskSpec } from '../../../../shared/domain/delete-task.js';
import { DELETE_BATCH, deleteKeys } from '../../services/delete-objects.js';
import { throwIfCanceled } from '../../services/objects-cancel.js';
import { deleteUnderPrefix } from '../../services/objects-delete-prefix.js';
import type { TaskContext, TaskRunner } from '../task-runner.js';

/** Turns a running count into the steps the scheduler adds up. */
export function stepsOf(context: TaskContext): (total: number) => void {
  let reported = 0;
  return (total) => {
    if (total > reported) context.advance({ items: total - reported });
    reported = Math.max(reported, total);
  };
}

/** The error a task ends with when some of its items failed, naming the first. */
export function itemsFailed(failures: readonly KeyError[], what: string): AppError | undefined {
  const [first] = failures;
  if (first === undefined) return undefined;
  const code = errorCodeSchema.safeParse(first.code).data ?? 'S3Error';
  return new AppError(
    code,
    `${countOf(failures.length, 'object')} could not be ${what} (first: ${first.key}: ${first.code}).`,
    { failed: failures.length },
  );
}

/** Keys the server kept: each is a problem, and the task fails naming the first. */
export function failIfRefused(context: TaskContext, errors: KeyError[]): void {
  for (const { key, code, message } of errors) context.problem({ item: key, code, message });
  const failure = itemsFailed(errors, 'deleted');
  if (failure !== undefined) throw failure;
}

/**
 * Counts the selected keys deleted. A resume (restart, Resume, Retry) deletes them again, which
 * the server answers as deleted whether or not they still were, so only what goes past the
 * earlier runs' count is added. Keys go before folders, so the earlier count covers them first.
 */
function keyCounter(context: TaskContext, keys: number): (deleted: number) => void {
  let run = 0;
  let shown = Math.min(context.before.itemsDone, keys);
  return (deleted) => {
    run += deleted;
    if (run <= shown) return;
    context.advance({ items: run - shown });
    shown = run;
  };
}

/**
 * Deletes a selection: the objects a thousand per request, then each folder page by page. Stopped
 * between requests and pages, never in the middle of one, so what the count says went, went.
 * A resume deletes exactly what is left: the keys again (a missing key is no error), and what
 * each folder still holds.
 */
export function deleteRunner(
  clientFor: (profileId: string) => Promise<S3Client>,
): TaskRunner<DeleteTaskSpec> {
  return {
    pausable: true,
    async run({ profileId, bucket, keys, prefixes }, context) {
      const client = await clientFor(profileId);
      // Folders hold what only listing them tells.
      if (prefixes.length === 0) context.setTotals({ items: keys.length });
      const countKeys = keyCounter(context, keys.length);
      const errors: KeyError[] = [];
      for (let start = 0; start < keys.length; start += DELETE_BATCH) {
        throwIfCanceled(context.signal);
        const result = await deleteKeys(client, bucket, keys.slice(start, start + DELETE_BATCH));
        countKeys(result.deleted.length);
        errors.push(...result.errors);
      }
      for (const prefix of prefixes) {
        // What a folder deleted is gone, so an earlier run's share is never counted twice.
        const advanceTo = stepsOf(context);
        const result = await deleteUnderPrefix(client, bucket, prefix, {
          stop: context.signal,
          onProgress: advanceTo,
        });
        advanceTo(result.deleted);
        errors.push(...result.errors);
      }
      failIfRefused(context, errors);
    },
  };
}
