import type { FolderSize } from '../../../shared/domain/folder-size.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT } from '../exit-codes.js';
import { columns } from '../output.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';
import { runTask } from './run-task.js';
import { human } from './human-size.js';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function lines(where: string, size: FolderSize): string[] {
  const out = [
    `${plural(size.objects, 'object', 'objects')}, ${human(size.bytes)} (${size.bytes.toLocaleString('en')} bytes) in ${where}`,
    ...columns(
      size.byStorageClass.map((c) => [
        `  ${c.storageClass}`,
        plural(c.objects, 'object', 'objects'),
        human(c.bytes),
      ]),
    ),
    `${plural(size.incompleteUploads, 'incomplete upload', 'incomplete uploads')} (counted, not measured)`,
  ];
  if (size.noncurrent !== null)
    out.push(
      `${plural(size.noncurrent.versions, 'noncurrent version', 'noncurrent versions')}, ${human(size.noncurrent.bytes)}`,
    );
  return out;
}

/** Size of a bucket or of everything under a prefix, as the app's "Calculate size" task. */
export async function du(
  session: CliSession,
  out: Output,
  where: S3Location,
  versions: boolean,
): Promise<void> {
  // "s3://b/photos" means the folder: a prefix without its "/" would also take "photos-old".
  const prefix = where.key === '' || where.key.endsWith('/') ? where.key : `${where.key}/`;
  const task = await runTask(
    session,
    out,
    { kind: 'size', profileId: session.profileId, bucket: where.bucket, prefix, versions },
    (n) => `counted ${plural(n, 'object', 'objects')}`,
  );
  const size = task.result;
  if (size?.kind !== 'size')
    throw new CliError(task.error?.message ?? 'The size was not calculated', EXIT.failed);
  const url = `s3://${where.bucket}/${prefix}`;
  out.result({ bucket: where.bucket, prefix, ...size }, () => lines(url, size));
}
