import * as nodePath from 'node:path';
import type { PlatformPath } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { newTask } from './file-task.js';
import type { FileTask } from './file-task.js';
import { walkFolder } from './folder-walk.js';
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

export interface SourceHooks {
  signal: AbortSignal;
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
    const files = walkFolder(spec.root, {
      signal: hooks.signal,
      onSkip: (s) => hooks.refuse(spec.prefix + s.relativeKey, s.reason),
    });
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
): Promise<void> {
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
