import type { S3Client } from '@aws-sdk/client-s3';
import type { FolderSize, SizeSpec } from '../../../shared/domain/folder-size.js';
import type { VersionCursor } from '../../../shared/domain/object-versions.js';
import { withRetry } from '../transfers/retry.js';
import { listUploads } from './multipart-list.js';
import { listVersionsPage } from './object-versions.js';
import { KeyPages } from './objects-key-pages.js';
import { walkTree } from './objects-tree-walk.js';

/** Selected keys measured at once: each is a request of its own. */
const KEY_CONCURRENCY = 4;

export interface MeasureOptions {
  signal: AbortSignal;
  /** Objects (and noncurrent versions) and their bytes counted so far, after each page. */
  onProgress: (counted: { items: number; bytes: number }) => void;
}

/** The running sums of one measurement. */
class Tally {
  objects = 0;
  bytes = 0;
  noncurrentVersions = 0;
  noncurrentBytes = 0;
  incompleteUploads = 0;
  readonly #byClass = new Map<string, { objects: number; bytes: number }>();

  constructor(private readonly onProgress: MeasureOptions['onProgress']) {}

  current(size: number, storageClass: string): void {
    this.objects++;
    this.bytes += size;
    const sums = this.#byClass.get(storageClass) ?? { objects: 0, bytes: 0 };
    sums.objects++;
    sums.bytes += size;
    this.#byClass.set(storageClass, sums);
  }

  noncurrent(size: number): void {
    this.noncurrentVersions++;
    this.noncurrentBytes += size;
  }

  report(): void {
    this.onProgress({
      items: this.objects + this.noncurrentVersions,
      bytes: this.bytes + this.noncurrentBytes,
    });
  }

  result(versions: boolean): FolderSize {
    const byStorageClass = [...this.#byClass]
      .map(([storageClass, sums]) => ({ storageClass, ...sums }))
      .sort((a, b) => b.bytes - a.bytes || a.storageClass.localeCompare(b.storageClass));
    return {
      kind: 'size',
      objects: this.objects,
      bytes: this.bytes,
      byStorageClass,
      incompleteUploads: this.incompleteUploads,
      noncurrent: versions
        ? { versions: this.noncurrentVersions, bytes: this.noncurrentBytes }
        : null,
      computedAt: new Date().toISOString(),
    };
  }
}

interface Target {
  client: S3Client;
  bucket: string;
  /** A folder (ends in "/", or "" for the bucket) or one key. */
  place: string;
  versions: boolean;
  signal: AbortSignal;
  tally: Tally;
}

const isFolder = (place: string) => place === '' || place.endsWith('/');
/** A key's own entries come first in a listing under it; past them the rest is other keys. */
const belongs = (target: Target, key: string) => isFolder(target.place) || key === target.place;

/** Current objects only: the parallel tree walk for a folder, the first listed key for a key. */
async function measureCurrent(target: Target): Promise<void> {
  const { client, bucket, place, signal, tally } = target;
  if (isFolder(place)) {
    for await (const page of walkTree(client, bucket, place, { signal })) {
      for (const listed of page) tally.current(listed.size, listed.storageClass);
      tally.report();
    }
    return;
  }
  const pages = new KeyPages(client, bucket, place, { pageSize: 1 });
  const [first] = await withRetry(() => pages.next(signal), { signal });
  if (first?.key === place) tally.current(first.size, first.storageClass);
  tally.report();
}

/** Every version under the place, in one flat listing: current ones count as objects. */
async function measureVersions(target: Target): Promise<void> {
  const { client, bucket, place, signal, tally } = target;
  let cursor: VersionCursor | undefined;
  do {
    const request = { bucket, prefix: place, cursor, flat: true };
    const page = await withRetry(() => listVersionsPage(client, request, signal), { signal });
    const mine = page.versions.filter((row) => belongs(target, row.key));
    for (const row of mine) {
      if (row.deleteMarker) continue;
      if (row.isLatest) tally.current(row.size, row.storageClass ?? 'STANDARD');
      else tally.noncurrent(row.size);
    }
    tally.report();
    cursor = page.next ?? undefined;
    if (mine.length < page.versions.length) return;
  } while (cursor !== undefined);
}

/** Unfinished multipart uploads are counted only: measuring their parts costs a request each. */
async function countUploads(target: Target): Promise<void> {
  const { client, bucket, place, signal, tally } = target;
  let keyMarker: string | undefined;
  let uploadIdMarker: string | undefined;
  do {
    const request = { bucket, prefix: place, keyMarker, uploadIdMarker };
    const page = await withRetry(() => listUploads(client, request, signal), { signal });
    const mine = page.uploads.filter((upload) => belongs(target, upload.key));
    tally.incompleteUploads += mine.length;
    if (mine.length < page.uploads.length) return;
    keyMarker = page.nextKeyMarker ?? undefined;
    uploadIdMarker = page.nextUploadIdMarker ?? undefined;
  } while (keyMarker !== undefined);
}

/**
 * What a folder, a bucket or a selection holds: objects, bytes, by storage class, unfinished
 * uploads and, with versions, noncurrent versions. Stops at the signal with its reason.
 */
export async function measureSize(
  client: S3Client,
  spec: Pick<SizeSpec, 'bucket' | 'prefix' | 'selection' | 'versions'>,
  options: MeasureOptions,
): Promise<FolderSize> {
  const tally = new Tally(options.onProgress);
  const places = spec.selection ?? [spec.prefix];
  // The first failure stops the other places too.
  const stop = new AbortController();
  const signal = AbortSignal.any([options.signal, stop.signal]);
  let next = 0;
  const worker = async () => {
    while (next < places.length) {
      signal.throwIfAborted();
      const place = places[next++]!;
      const { bucket, versions } = spec;
      const target: Target = { client, bucket, place, versions, signal, tally };
      await (versions ? measureVersions(target) : measureCurrent(target));
      await countUploads(target);
    }
  };
  const workers = Array.from({ length: Math.min(KEY_CONCURRENCY, places.length) }, () =>
    worker().catch((err: unknown) => {
      stop.abort(err);
      throw err;
    }),
  );
  await Promise.all(workers);
  return tally.result(spec.versions);
}
