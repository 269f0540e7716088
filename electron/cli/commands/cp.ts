import { mkdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TaskRecord } from '../../../shared/domain/task.js';
import type { ConflictPolicy } from '../../../shared/domain/transfer-job.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';
import { human } from './human-size.js';
import { runTask } from './run-task.js';

export type CliConflict = Exclude<ConflictPolicy, 'ask'>;

/**
 * The key prefix an upload goes under. Holdall keeps names (a file keeps its name, a folder
 * its name and tree), so the destination is a folder ("…/"), or ends in the source's own name.
 */
export function uploadPrefix(source: string, destinationKey: string): string {
  if (destinationKey === '' || destinationKey.endsWith('/')) return destinationKey;
  const name = basename(source);
  if (destinationKey === name || destinationKey.endsWith(`/${name}`))
    return destinationKey.slice(0, destinationKey.length - name.length);
  throw new CliError(
    `Holdall keeps names: end the destination with "/" to put ${name} in that folder ` +
      `(s3://…/${destinationKey}/), or end it with "${name}"`,
    EXIT.usage,
  );
}

export async function upload(
  session: CliSession,
  out: Output,
  source: string,
  destination: S3Location,
  conflict: CliConflict,
): Promise<void> {
  await stat(source).catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read ${source}: ${err.code ?? err.message}`, EXIT.notFound);
  });
  const keyPrefix = uploadPrefix(source, destination.key);
  const grant = await session.grantRead(source);
  const task = await runTask(
    session,
    out,
    {
      kind: 'upload',
      profileId: session.profileId,
      bucket: destination.bucket,
      keyPrefix,
      grants: [grant],
      conflict,
    },
    bytesMoved,
  );
  report(out, task);
}

/** A key lands in the folder under its name; a prefix ("…/") lands as a folder of its name. */
export async function download(
  session: CliSession,
  out: Output,
  source: S3Location,
  folder: string,
  conflict: CliConflict,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const destination = await session.grantWrite(folder);
  const whole = source.key === '' || source.key.endsWith('/');
  const task = await runTask(
    session,
    out,
    {
      kind: 'download',
      profileId: session.profileId,
      bucket: source.bucket,
      ...(whole ? { prefix: source.key } : { keys: [source.key] }),
      destination,
      conflict,
    },
    bytesMoved,
  );
  report(out, task);
}

function bytesMoved(_files: number, task: TaskRecord): string {
  const rate = `${human(task.bytesPerSecond)}/s`;
  return task.bytesTotal === null
    ? `${human(task.bytesDone)}, ${rate}`
    : `${human(task.bytesDone)} of ${human(task.bytesTotal)}, ${rate}`;
}

/** One upload or download is one task: its counts, then each item it refused or failed. */
function report(out: Output, task: TaskRecord): void {
  const summary = {
    state: task.state,
    files: task.itemsDone,
    bytes: task.bytesDone,
    skipped: task.transfer?.skipped ?? 0,
    problems: task.problems,
    problemCount: task.problemCount,
    error: task.error,
  };
  const { files, skipped } = summary;
  out.result(summary, (s) => [
    `${s.state}: ${files} file${files === 1 ? '' : 's'}, ${s.bytes} bytes` +
      (skipped > 0 ? `, ${skipped} skipped` : '') +
      (s.error === null ? '' : ` — ${s.error.message}`),
    ...s.problems.map((p) =>
      p.code === 'Refused' ? `refused: ${p.item}: ${p.message}` : `failed: ${p.item}: ${p.message}`,
    ),
  ]);
  if (task.state !== 'succeeded') {
    const code = task.error === null ? EXIT.failed : exitCodeFor(task.error.code);
    throw new CliError(
      `${task.state}${task.error === null ? '' : ` (${task.error.message})`}`,
      task.itemsDone > 0 ? EXIT.partial : code,
    );
  }
  if (task.problemCount > 0)
    throw new CliError('Some items were refused (listed above)', EXIT.partial);
}
