import type { S3Client } from '@aws-sdk/client-s3';
import { AppError, errorCodeSchema } from '../../../../shared/contract/envelope.js';
import type { KeyError } from '../../../../shared/domain/object-delete.js';
import type { TaskSpec } from '../../../../shared/domain/task.js';
import { deleteUnderPrefix } from '../../services/objects-delete-prefix.js';
import type { TaskContext, TaskRunner } from '../task-runner.js';

type DeletePrefixSpec = Extract<TaskSpec, { kind: 'deletePrefix' }>;

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
    `${failures.length} objects could not be ${what} (first: ${first.key}: ${first.code}).`,
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
 * Folder delete: lists the prefix page by page and deletes each page. A resume (restart, Resume,
 * Retry) lists again: what was deleted is gone, so it deletes exactly what is left.
 */
export function deletePrefixRunner(
  clientFor: (profileId: string) => Promise<S3Client>,
): TaskRunner<DeletePrefixSpec> {
  return {
    pausable: true,
    async run({ profileId, bucket, prefix }, context) {
      const client = await clientFor(profileId);
      const advanceTo = stepsOf(context);
      // Stopped between pages, never mid-delete: what the count says went, went.
      const result = await deleteUnderPrefix(client, bucket, prefix, {
        stop: context.signal,
        onProgress: advanceTo,
      });
      advanceTo(result.deleted);
      failIfRefused(context, result.errors);
    },
  };
}
