import { mkdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ConflictPolicy, TransferJob } from '../../../shared/domain/transfer-job.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';
import { waitForJobs } from './wait-for-jobs.js';

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
  const finished = await waitForJobs(session, out, () =>
    session.call('transfers.enqueueUpload', {
      profileId: session.profileId,
      bucket: destination.bucket,
      keyPrefix,
      grants: [grant],
      conflict,
    }),
  );
  report(out, finished, []);
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
  let refused: { key: string; reason: string }[] = [];
  const finished = await waitForJobs(session, out, async () => {
    const queued = await session.call('transfers.enqueueDownload', {
      profileId: session.profileId,
      bucket: source.bucket,
      ...(whole ? { prefix: source.key } : { keys: [source.key] }),
      destination,
      conflict,
    });
    refused = queued.refused.map((r) => ({ key: r.key, reason: r.reason }));
    return queued.jobs;
  });
  report(out, finished, refused);
}

function report(
  out: Output,
  jobs: readonly TransferJob[],
  refused: readonly { key: string; reason: string }[],
): void {
  const summary = {
    jobs: jobs.map((j) => ({
      key: j.key,
      localPath: j.localPath,
      state: j.state,
      files: j.filesDone,
      bytes: j.bytesDone,
      skipped: j.skippedCount,
      refused: j.refused,
      error: j.error,
    })),
    refused,
  };
  out.result(summary, (s) => [
    ...s.jobs.map(
      (j) =>
        `${j.state}: ${j.localPath} ⇄ ${j.key} (${j.files} file${j.files === 1 ? '' : 's'}, ` +
        `${j.bytes} bytes${j.skipped > 0 ? `, ${j.skipped} skipped` : ''})` +
        (j.error === null ? '' : ` — ${j.error.message}`),
    ),
    ...s.jobs.flatMap((j) => j.refused.map((r) => `refused: ${r.key}: ${r.reason}`)),
    ...s.refused.map((r) => `refused: ${r.key}: ${r.reason}`),
  ]);
  const failed = jobs.find((j) => j.state !== 'succeeded');
  const someRefused = refused.length > 0 || jobs.some((j) => j.refusedCount > 0);
  if (failed !== undefined) {
    const code = failed.error === null ? EXIT.failed : exitCodeFor(failed.error.code);
    const anyDone = jobs.some((j) => j.state === 'succeeded');
    throw new CliError(
      `${failed.key}: ${failed.state}${failed.error === null ? '' : ` (${failed.error.message})`}`,
      anyDone ? EXIT.partial : code,
    );
  }
  if (someRefused) throw new CliError('Some items were refused (listed above)', EXIT.partial);
}
