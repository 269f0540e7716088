import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type {
  AsOfPage,
  ObjectVersionRow,
  VersionCursor,
} from '../../../shared/domain/object-versions.js';
import { listVersionsPage } from './object-versions.js';
import { keySettled, versionsAsOf } from './versions-as-of.js';

export interface AsOfRequest {
  bucket: string;
  prefix: string;
  /** ISO 8601 instant. */
  at: string;
  /** Keys after this one (a page ends between keys). */
  keyMarker?: string | undefined;
  maxKeys?: number | undefined;
}

/**
 * One key with more versions than this many pages after the instant (a million at 1,000 a
 * page) ends the call with an error rather than running on: the loop has an end.
 */
export const MAX_PAGES_FOR_ONE_KEY = 1000;

/**
 * A page of the folder as it was at an instant, computed here from ListObjectVersions pages.
 * A page always ends between keys: when a listing page stops inside a key whose version at the
 * instant is still unknown, the next listing page is read in the same call; once it is known,
 * the rest of that key's (older) versions are skipped by starting the next call after the key.
 */
export async function listAsOfPage(
  client: S3Client,
  request: AsOfRequest,
  signal?: AbortSignal,
): Promise<AsOfPage> {
  const at = Date.parse(request.at);
  const folders: string[] = [];
  const seen: ObjectVersionRow[] = [];
  const skip =
    request.keyMarker === undefined || request.keyMarker === '' ? undefined : request.keyMarker;
  const answer = (nextKeyMarker: string | null): AsOfPage => ({
    prefix: request.prefix,
    folders,
    objects: versionsAsOf(seen, at),
    nextKeyMarker,
  });
  let cursor: VersionCursor | undefined = skip === undefined ? undefined : { keyMarker: skip };
  for (let pages = 0; ; pages++) {
    const page = await listVersionsPage(
      client,
      { bucket: request.bucket, prefix: request.prefix, cursor, maxKeys: request.maxKeys },
      signal,
    );
    // RGW starts a listing with only a key marker at that key (AWS after it): the key the last
    // call ended on, already settled, may come again, older versions and all; it is passed over.
    const fresh = page.versions.filter((version) => version.key !== skip);
    folders.push(...page.folders.filter((folder) => folder !== skip));
    seen.push(...fresh);
    const next = page.next;
    if (next === null) return answer(null);
    const lastKey = fresh.at(-1)?.key;
    const inSkipped = next.keyMarker === skip;
    const unsettled =
      lastKey !== undefined && lastKey === next.keyMarker && !keySettled(seen, lastKey, at);
    // Otherwise the page ended between keys for this view, or inside a key already known.
    if (!inSkipped && !unsettled) return answer(next.keyMarker);
    if (pages + 1 >= MAX_PAGES_FOR_ONE_KEY) {
      throw new AppError(
        'S3Error',
        `Stopped after ${MAX_PAGES_FOR_ONE_KEY} pages of versions of "${next.keyMarker}" alone; choose a later time or a narrower folder.`,
        { key: next.keyMarker },
      );
    }
    cursor = next;
  }
}
