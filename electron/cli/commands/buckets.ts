import { randomUUID } from 'node:crypto';
import type { CliSession } from '../cli-session.js';
import type { Output } from '../output.js';

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
  await session.call('buckets.delete', {
    profileId: session.profileId,
    bucket,
    emptyFirst: force,
    operationId: randomUUID(),
  });
  out.result({ bucket, removed: true }, () => [`removed bucket ${bucket}`]);
}
