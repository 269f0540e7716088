import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../../shared/contract/envelope.js';
import { keyErrorSchema } from '../../../../shared/domain/object-delete.js';
import type { TaskSpec } from '../../../../shared/domain/task.js';
import { deleteBucket } from '../../services/buckets-delete.js';
import { emptyBucket } from '../../services/buckets-empty.js';
import type { EmptyProgress } from '../../services/buckets-empty.js';
import type { TaskContext, TaskRunner } from '../task-runner.js';
import { stepsOf } from './delete-runner.js';

type EmptyBucketSpec = Extract<TaskSpec, { kind: 'emptyBucket' }>;

/** The keys BucketNotEmpty names (the first ones) become the task's problems. */
function reportRefused(context: TaskContext, err: unknown): void {
  if (!(err instanceof AppError) || err.code !== 'BucketNotEmpty') return;
  const failures = keyErrorSchema.array().safeParse(err.details?.['failures']).data ?? [];
  for (const { key, code, message } of failures) context.problem({ item: key, code, message });
}

/**
 * Emptying a bucket: every object, then every unfinished multipart upload, then the bucket
 * itself when asked. Items count both objects deleted and uploads aborted. A resume lists again.
 */
export function emptyBucketRunner(
  clientFor: (profileId: string) => Promise<S3Client>,
): TaskRunner<EmptyBucketSpec> {
  return {
    pausable: true,
    async run({ profileId, bucket, deleteBucket: thenDelete }, context) {
      const client = await clientFor(profileId);
      const advanceTo = stepsOf(context);
      const onProgress = (p: EmptyProgress) => advanceTo(p.deletedObjects + p.abortedUploads);
      try {
        // Stopped between requests, never mid-delete: what the count says went, went.
        const options = { stop: context.signal, onProgress };
        if (thenDelete) await deleteBucket(client, { bucket, emptyFirst: true }, options);
        else await emptyBucket(client, bucket, options);
      } catch (err) {
        reportRefused(context, err);
        throw err;
      }
    },
  };
}
