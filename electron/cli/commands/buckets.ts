import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT } from '../exit-codes.js';
import type { Output } from '../output.js';
import { runTask } from './run-task.js';

export async function makeBucket(
  session: CliSession,
  out: Output,
  bucket: string,
  region: string | undefined,
): Promise<void> {
  const made = await session.call('buckets.create', {
    profileId: session.profileId,
    bucket,
    ...(region === undefined ? {} : { region }),
  });
  out.result({ bucket, ...made }, () => [`made bucket ${bucket}`]);
}

/** Deletes a bucket; with `force`, everything in it first (objects and unfinished uploads). */
export async function removeBucket(
  session: CliSession,
  out: Output,
  bucket: string,
  force: boolean,
): Promise<void> {
  const { profileId } = session;
  if (!force) await session.call('buckets.delete', { profileId, bucket });
  else {
    const task = await runTask(
      session,
      out,
      { kind: 'emptyBucket', profileId, bucket, deleteBucket: true },
      (n) => `removed ${n} object${n === 1 ? '' : 's'} and uploads`,
    );
    // Keys the server kept: the bucket stays, and the error says how many and which first.
    if (task.state !== 'succeeded')
      throw new CliError(task.error?.message ?? 'The bucket was not emptied', EXIT.rejected);
  }
  out.result({ bucket, removed: true }, () => [`removed bucket ${bucket}`]);
}
