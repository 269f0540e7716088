import type { S3Client } from '@aws-sdk/client-s3';
import { compileNamePattern } from '../../../../shared/domain/search-name.js';
import type {
  CompareCounts,
  DifferenceKind,
  SyncDifference,
} from '../../../../shared/domain/sync.js';
import type { ListedKey } from '../../services/objects-key-pages.js';
import { md5OfEtag } from '../../transfers/download-plan.js';
import { fileHash } from '../../transfers/file-digests.js';
import { walkFolder } from '../../transfers/folder-walk.js';
import type { WalkedFile, WalkSkip } from '../../transfers/folder-walk.js';
import { mapLimit } from '../../transfers/map-limit.js';
import { walkPrefix } from '../../transfers/prefix-walk.js';

/**
 * Object times have whole seconds; a download sets the file's time to the object's, so a copy
 * within this much of the other side's time is the same age.
 */
const SAME_TIME_MS = 1_000;
/** Local files hashed at once when a plain-MD5 ETag allows a content check. */
const HASHES_AT_ONCE = 4;

export interface ComparePlace {
  bucket: string;
  prefix: string;
  include: readonly string[];
  exclude: readonly string[];
}

export interface CompareHooks {
  signal: AbortSignal;
  /** A local entry left out (a link out of the folder, a special file). */
  onSkip: (skip: WalkSkip) => void;
  /** Entries seen so far on both sides, for progress. */
  onSeen: (items: number) => void;
}

export interface Compared {
  differences: SyncDifference[];
  counts: CompareCounts;
  local: ReadonlyMap<string, WalkedFile>;
  remote: ReadonlyMap<string, ListedKey>;
}

/** Whether a path below the folder counts: it matches an include (or there are none) and no exclude. */
export function pathFilter(
  include: readonly string[],
  exclude: readonly string[],
): (path: string) => boolean {
  const compile = (pattern: string): ((path: string) => boolean) => {
    const compiled = compileNamePattern({ mode: 'glob', pattern, caseSensitive: true });
    // The schema already refused patterns that do not compile.
    return compiled.ok ? compiled.test : () => false;
  };
  const includes = include.map(compile);
  const excludes = exclude.map(compile);
  return (path) =>
    (includes.length === 0 || includes.some((test) => test(path))) &&
    !excludes.some((test) => test(path));
}

function sideOf(size: number, ms: number): { size: number; modified: string | null } {
  return { size, modified: ms > 0 ? new Date(ms).toISOString() : null };
}

async function sameContent(file: WalkedFile, object: ListedKey): Promise<boolean | undefined> {
  const md5 = md5OfEtag(object.etag);
  if (md5 === undefined) return undefined;
  return (await fileHash(file.path, 'md5')).digest('hex') === md5;
}

/** How one path present on both sides differs, or null when it is the same. */
async function classify(
  file: WalkedFile,
  object: ListedKey,
): Promise<Pick<SyncDifference, 'difference' | 'by'> | null> {
  const newer: DifferenceKind = file.mtimeMs > object.lastModified ? 'newerHere' : 'newerThere';
  if (file.size !== object.size) return { difference: newer, by: 'size' };
  const same = await sameContent(file, object);
  if (same === true) return null;
  if (same === false) return { difference: newer, by: 'checksum' };
  // A multipart ETag says nothing of the content: only a file changed after the upload counts.
  return file.mtimeMs > object.lastModified + SAME_TIME_MS
    ? { difference: 'newerHere', by: 'time' }
    : null;
}

/**
 * Compares a local folder with every object under a prefix (folder markers aside), both
 * filtered by the include and exclude patterns. Both sides are held in memory by path: a
 * folder of a million files costs a few hundred MB, which a desktop sync can afford.
 */
export async function compareFolder(
  client: S3Client,
  root: string,
  place: ComparePlace,
  hooks: CompareHooks,
): Promise<Compared> {
  const wanted = pathFilter(place.include, place.exclude);
  const local = new Map<string, WalkedFile>();
  const remote = new Map<string, ListedKey>();
  let seen = 0;
  for await (const file of walkFolder(root, { signal: hooks.signal, onSkip: hooks.onSkip })) {
    if (wanted(file.relativeKey)) local.set(file.relativeKey, file);
    hooks.onSeen(++seen);
  }
  for await (const object of walkPrefix(client, place.bucket, place.prefix, {
    signal: hooks.signal,
  })) {
    const path = object.key.slice(place.prefix.length);
    if (path !== '' && !path.endsWith('/') && wanted(path)) remote.set(path, object);
    hooks.onSeen(++seen);
  }
  const tally: CompareCounts = { onlyHere: 0, onlyThere: 0, newerHere: 0, newerThere: 0, same: 0 };
  const differences: SyncDifference[] = [];
  const add = (difference: SyncDifference): void => {
    tally[difference.difference]++;
    differences.push(difference);
  };
  for (const [path, file] of local)
    if (!remote.has(path))
      add({
        path,
        difference: 'onlyHere',
        by: 'presence',
        local: sideOf(file.size, file.mtimeMs),
        remote: null,
      });
  for (const [path, object] of remote)
    if (!local.has(path))
      add({
        path,
        difference: 'onlyThere',
        by: 'presence',
        local: null,
        remote: sideOf(object.size, object.lastModified),
      });
  const both = [...local].filter(([path]) => remote.has(path));
  await mapLimit(
    both,
    HASHES_AT_ONCE,
    async ([path, file]) => {
      const object = remote.get(path)!;
      const found = await classify(file, object);
      if (found === null) tally.same++;
      else
        add({
          path,
          ...found,
          local: sideOf(file.size, file.mtimeMs),
          remote: sideOf(object.size, object.lastModified),
        });
    },
    hooks.signal,
  );
  differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { differences, counts: tally, local, remote };
}
