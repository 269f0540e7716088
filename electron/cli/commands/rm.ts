import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT } from '../exit-codes.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';
import { runTask } from './run-task.js';

/** One object, or with `recursive` every key under a prefix (the prefix itself included). */
export async function rm(
  session: CliSession,
  out: Output,
  where: S3Location,
  recursive: boolean,
): Promise<void> {
  if (where.key === '')
    throw new CliError(
      'Name an object or a folder: rm does not empty whole buckets (use rb --force)',
      EXIT.usage,
    );
  if (!recursive) {
    await session.call('objects.delete', {
      profileId: session.profileId,
      bucket: where.bucket,
      key: where.key,
    });
    out.result({ deleted: 1, errors: [] }, () => [`deleted s3://${where.bucket}/${where.key}`]);
    return;
  }
  const task = await runTask(
    session,
    out,
    {
      kind: 'delete',
      profileId: session.profileId,
      bucket: where.bucket,
      keys: [],
      prefixes: [where.key],
    },
    (n) => `deleted ${n} object${n === 1 ? '' : 's'}`,
  );
  const result = {
    deleted: task.itemsDone,
    errors: task.problems.map(({ item, code, message }) => ({ key: item, code, message })),
  };
  out.result(result, (r) => [
    `deleted ${r.deleted} object${r.deleted === 1 ? '' : 's'} under s3://${where.bucket}/${where.key}`,
    ...r.errors.map((e) => `failed: ${e.key}: ${e.message}`),
  ]);
  if (task.problemCount > 0)
    throw new CliError(`${task.problemCount} objects could not be deleted`, EXIT.partial);
}
