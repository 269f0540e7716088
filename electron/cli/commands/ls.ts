import type { CliSession } from '../cli-session.js';
import { columns } from '../output.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';

/** Pages at most this many times (1,000 keys each) before saying the listing was cut. */
const MAX_PAGES = 10_000;

/** Buckets of the connection, or the folders and objects directly under a prefix. */
export async function ls(
  session: CliSession,
  out: Output,
  where: S3Location | undefined,
): Promise<void> {
  if (where === undefined) {
    const buckets = await session.call('buckets.list', { profileId: session.profileId });
    out.result(buckets, (rows) => columns(rows.map((b) => [b.createdAt ?? '', b.name])));
    return;
  }
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const listed = await session.call('objects.list', {
      profileId: session.profileId,
      bucket: where.bucket,
      prefix: where.key,
      ...(token === undefined ? {} : { continuationToken: token }),
    });
    out.result(listed, (p) =>
      columns([
        ...p.folders.map((f) => ['', 'PRE', f]),
        ...p.objects.map((o) => [o.lastModified ?? '', String(o.size), o.key]),
      ]),
    );
    if (listed.nextContinuationToken === null) return;
    token = listed.nextContinuationToken;
  }
}
