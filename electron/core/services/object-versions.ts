import { HeadObjectCommand, ListObjectVersionsCommand } from '@aws-sdk/client-s3';
import type { DeleteMarkerEntry, ObjectVersion, S3Client } from '@aws-sdk/client-s3';
import type {
  ObjectVersionRow,
  VersionCursor,
  VersionPage,
} from '../../../shared/domain/object-versions.js';
import { DEFAULT_PAGE_SIZE, keyAdvances } from '../s3/page-guard.js';
import { guardPage } from '../s3/page-trails.js';
import { copyObject } from './copy-object.js';
import type { CopySession } from './copy-types.js';

export interface VersionsPageRequest {
  bucket: string;
  prefix: string;
  cursor?: VersionCursor | undefined;
  maxKeys?: number | undefined;
  /** Every version under the prefix, deeper keys included (no "/" folding into folders). */
  flat?: boolean | undefined;
}

/** Where a page of versions ends: a key and, within it, a version (empty for a folder). */
interface VersionPosition {
  key: string;
  versionId: string;
}

/** Keys ascend; within one key the server's own order goes on, so any other version moves on. */
function versionAdvances(previous: VersionPosition, next: VersionPosition): boolean {
  if (previous.key === next.key) return previous.versionId !== next.versionId;
  return keyAdvances(previous.key, next.key);
}

function rowOf(
  entry: ObjectVersion | DeleteMarkerEntry,
  deleteMarker: boolean,
): ObjectVersionRow[] {
  if (entry.Key === undefined) return [];
  const version = entry as ObjectVersion;
  return [
    {
      key: entry.Key,
      // S3 names the version written before versioning was enabled "null".
      versionId: entry.VersionId ?? 'null',
      isLatest: entry.IsLatest === true,
      deleteMarker,
      size: deleteMarker ? 0 : (version.Size ?? 0),
      lastModified: entry.LastModified?.toISOString() ?? null,
      etag: deleteMarker ? null : (version.ETag ?? null),
      storageClass: deleteMarker ? null : (version.StorageClass ?? null),
    },
  ];
}

const byteCompare = (a: string, b: string) =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const timeOf = (row: ObjectVersionRow) =>
  row.lastModified === null ? 0 : Date.parse(row.lastModified);

/**
 * The SDK parses versions and delete markers into two lists and so loses how the server
 * interleaved them: they go back in listing order, keys ascending and each key newest first
 * (the latest leads when two share a time). Each list is already in that order; the sort is
 * stable, so versions that tie keep the server's order.
 */
export function mergeVersions(
  versions: readonly ObjectVersionRow[],
  markers: readonly ObjectVersionRow[],
): ObjectVersionRow[] {
  return [...versions, ...markers].sort(
    (a, b) =>
      byteCompare(a.key, b.key) || timeOf(b) - timeOf(a) || Number(b.isLatest) - Number(a.isLatest),
  );
}

/** One ListObjectVersions page under a folder; "/" folds deeper keys into folders unless `flat`. */
export async function listVersionsPage(
  client: S3Client,
  request: VersionsPageRequest,
  signal?: AbortSignal,
): Promise<VersionPage> {
  const asked = request.maxKeys ?? DEFAULT_PAGE_SIZE;
  const { cursor } = request;
  const out = await client.send(
    new ListObjectVersionsCommand({
      Bucket: request.bucket,
      Prefix: request.prefix === '' ? undefined : request.prefix,
      Delimiter: request.flat === true ? undefined : '/',
      KeyMarker: cursor?.keyMarker,
      VersionIdMarker: cursor?.versionIdMarker,
      MaxKeys: asked,
    }),
    { abortSignal: signal },
  );
  const folders = (out.CommonPrefixes ?? []).flatMap((p) =>
    p.Prefix === undefined ? [] : [p.Prefix],
  );
  const versions = mergeVersions(
    (out.Versions ?? []).flatMap((v) => rowOf(v, false)),
    (out.DeleteMarkers ?? []).flatMap((d) => rowOf(d, true)),
  );
  const truncated = out.IsTruncated === true;
  const next: VersionCursor | null =
    truncated && out.NextKeyMarker !== undefined && out.NextKeyMarker !== ''
      ? {
          keyMarker: out.NextKeyMarker,
          ...(out.NextVersionIdMarker === undefined || out.NextVersionIdMarker === ''
            ? {}
            : { versionIdMarker: out.NextVersionIdMarker }),
        }
      : null;
  await guardPage<VersionPosition>(
    client,
    {
      scope: `ListObjectVersions${request.flat === true ? '' : '/'}\n${request.bucket}\n${request.prefix}`,
      operation: 'ListObjectVersions',
      cursor: cursorText(cursor),
      advances: versionAdvances,
    },
    {
      asked,
      entries: folders.length + versions.length,
      last: lastPosition(folders.at(-1), versions.at(-1)),
      truncated,
      // Truncated without a marker leaves no next cursor: the guard names that.
      next: next === null ? undefined : cursorText(next),
    },
  );
  return { prefix: request.prefix, folders, versions, next };
}

function cursorText(cursor: VersionCursor | undefined): string | undefined {
  return cursor === undefined ? undefined : `${cursor.keyMarker}\n${cursor.versionIdMarker ?? ''}`;
}

function lastPosition(
  folder: string | undefined,
  version: ObjectVersionRow | undefined,
): VersionPosition | undefined {
  if (version === undefined)
    return folder === undefined ? undefined : { key: folder, versionId: '' };
  if (folder !== undefined && keyAdvances(version.key, folder))
    return { key: folder, versionId: '' };
  return { key: version.key, versionId: version.versionId };
}

export interface VersionAddress {
  bucket: string;
  key: string;
  versionId: string;
}

/**
 * Copies an old version onto its own key, so it becomes the latest; every version stays.
 * Answers the new latest version's id. Objects over 5 GiB are copied in parts, like any copy.
 */
export async function restoreVersion(
  session: CopySession,
  { bucket, key, versionId }: VersionAddress,
  signal?: AbortSignal,
): Promise<{ versionId: string | null }> {
  const location = { bucket, key };
  const result = await copyObject(
    session,
    { source: location, sourceVersionId: versionId, target: location },
    { signal },
  );
  if (result.versionId !== null) return { versionId: result.versionId };
  // RGW's CopyObject answer names no version: the key's latest, just written, is the copy.
  const head = await session.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
    abortSignal: signal,
  });
  return { versionId: head.VersionId ?? null };
}
