import * as nodePath from 'node:path';
import type { PlatformPath } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { newTask } from './file-task.js';
import type { FileTask } from './file-task.js';
import { walkFolder } from './folder-walk.js';
import type { WalkedFile, WalkSkip } from './folder-walk.js';
import { walkPrefix } from './prefix-walk.js';
import type { RetryPolicy } from './retry.js';
import { destinationFor } from './safe-destination.js';
import { fingerprintOf } from './upload-file.js';
import { compareKeys, compareRelativePaths } from './walk-cursor.js';

/**
 * A folder job's tree. Upload: `root` is the local folder, `prefix` the key
 * prefix its files go under. Download: `prefix` is listed, `root` is the
 * destination folder and `strip` the part of each key not mirrored locally.
 */
export type FolderSpec =
  | { direction: 'upload'; root: string; prefix: string }
  | { direction: 'download'; root: string; prefix: string; strip: string };

export interface FolderFile {
  /** Position in walk order (relative path for uploads, key for downloads). */
  order: string;
  task: FileTask;
}

/**
 * A folder its host is still filling (the browser host's spool, while the page sends a drop):
 * its files come as they land, in the order walkFolder would give them, so an upload starts
 * before the last file arrived and a retry's walk of the finished folder meets the same order.
 */
export interface LiveFolder {
  files(signal: AbortSignal, onSkip: (skip: WalkSkip) => void): AsyncIterable<WalkedFile>;
  /** Known up front: the host was told every file before the first byte. */
  totals(): { files: number; bytes: number };
}

/** The live folder at this root, or undefined for a folder that is only on disk. */
export type LiveFolders = (root: string) => LiveFolder | undefined;

export interface SourceHooks {
  signal: AbortSignal;
  live?: LiveFolders;
  refuse(key: string, reason: string): void;
  /** Walks may start after this (the cursor's watermark). */
  startAfter: string | undefined;
  retry?: RetryPolicy;
}

export function orderOf(spec: FolderSpec): (a: string, b: string) => number {
  return spec.direction === 'upload' ? compareRelativePaths : compareKeys;
}

/** "photos/2024/" → "photos/": a downloaded prefix keeps its own folder name. */
export function parentPrefix(prefix: string): string {
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  const cut = trimmed.lastIndexOf('/');
  return cut < 0 ? '' : trimmed.slice(0, cut + 1);
}

/**
 * Names are cut from paths by the host OS's rules: a backslash separates folders on Windows but
 * is an ordinary character of a name on Linux and macOS ("back\slash.txt" is one file there).
 */
type PathNames = Pick<PlatformPath, 'basename'>;

/** Upload keys: the key prefix, then the folder's own name, then the path inside it. */
export function uploadFolderPrefix(
  keyPrefix: string,
  folder: string,
  paths: PathNames = nodePath,
): string {
  return `${keyPrefix}${paths.basename(folder) || 'folder'}/`;
}

/** A single file's upload key: the key prefix, then the file's own name. */
export function uploadFileKey(
  keyPrefix: string,
  file: string,
  paths: PathNames = nodePath,
): string {
  return keyPrefix + paths.basename(file);
}

export async function* folderFiles(
  spec: FolderSpec,
  client: S3Client,
  bucket: string,
  hooks: SourceHooks,
): AsyncGenerator<FolderFile> {
  if (spec.direction === 'upload') {
    const onSkip = (s: WalkSkip): void => hooks.refuse(spec.prefix + s.relativeKey, s.reason);
    const files =
      hooks.live?.(spec.root)?.files(hooks.signal, onSkip) ??
      walkFolder(spec.root, { signal: hooks.signal, onSkip });
    for await (const file of files) {
      yield {
        order: file.relativeKey,
        task: newTask({
          key: spec.prefix + file.relativeKey,
          localPath: file.path,
          size: file.size,
          fingerprint: fingerprintOf(file.mtimeMs),
        }),
      };
    }
    return;
  }
  const objects = walkPrefix(client, bucket, spec.prefix, {
    signal: hooks.signal,
    ...(hooks.startAfter === undefined ? {} : { startAfter: hooks.startAfter }),
    ...(hooks.retry === undefined ? {} : { retry: hooks.retry }),
  });
  for await (const object of objects) {
    const destination = destinationFor(spec.root, object.key, spec.strip);
    if (destination.kind === 'refused') hooks.refuse(object.key, destination.reason);
    // Folder markers hold no bytes; the files under them create their folders.
    if (destination.kind !== 'file') continue;
    yield {
      order: object.key,
      task: newTask({
        key: object.key,
        localPath: destination.path,
        size: object.size,
        fingerprint: object.etag,
      }),
    };
  }
}

/** A second, cheap walk that only counts, so progress can show totals and an ETA. */
export async function countFolder(
  spec: FolderSpec,
  client: S3Client,
  bucket: string,
  signal: AbortSignal,
  onCount: (files: number, bytes: number) => void,
  live?: LiveFolders,
): Promise<void> {
  const known = spec.direction === 'upload' ? live?.(spec.root) : undefined;
  if (known !== undefined) {
    const totals = known.totals();
    onCount(totals.files, totals.bytes);
    return;
  }
  let files = 0;
  let bytes = 0;
  const walk =
    spec.direction === 'upload'
      ? walkFolder(spec.root, { signal })
      : walkPrefix(client, bucket, spec.prefix, { signal });
  for await (const item of walk) {
    if (
      'key' in item &&
      spec.direction === 'download' &&
      destinationFor(spec.root, item.key, spec.strip).kind !== 'file'
    )
      continue;
    files++;
    bytes += item.size;
    if (files % 500 === 0) onCount(files, bytes);
  }
  onCount(files, bytes);
}
