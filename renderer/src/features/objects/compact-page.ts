import type { ObjectPage } from '../../../../shared/domain/listing.js';
/** Fields a page keeps beyond what every row needs: only those a shown column uses. */
export interface ListingExtras {
  readonly etag: boolean;
  readonly owner: boolean;
}

export const NO_EXTRAS: ListingExtras = { etag: false, owner: false };

/** Strings back to back in one string; string i ends at `ends[i]`. */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint16Array | Uint32Array;
}

/** Each row's value as an index into a page's few distinct values. */
export interface IndexedValues {
  readonly index: Uint8Array | Uint16Array;
  readonly values: readonly (string | null)[];
}

/**
 * One listing page packed into a string and typed arrays. A million rows as
 * plain objects cost about 250 MB of heap (five strings each); packed they
 * cost about 26 bytes a row. ETags and owners are kept only while a column
 * shows them (`ListingExtras`): an ETag alone would cost 36 bytes a row.
 */
export interface CompactPage {
  /** Folder names relative to the listed folder, with their trailing "/". */
  readonly folders: readonly string[];
  readonly count: number;
  /** Object names relative to the listed folder, back to back; name i ends at `ends[i]`. */
  readonly names: string;
  readonly ends: Uint16Array | Uint32Array;
  /** Bytes; 32-bit when every object of the page is under 4 GiB. */
  readonly sizes: Uint32Array | Float64Array;
  /** Whole seconds since 1970 (the list shows minutes); 0 when the server gave none. */
  readonly modified: Uint32Array;
  /** Index into `classes`: a page holds a handful of distinct storage classes. */
  readonly classIndex: Uint8Array | Uint16Array;
  readonly classes: readonly (string | null)[];
  /** ETags without their quotes ("" when the server gave none); null when not kept. */
  readonly etags: PackedStrings | null;
  /** Owners' display names (else their IDs), usually one per page; null when not kept. */
  readonly owners: IndexedValues | null;
  readonly nextContinuationToken: string | null;
}

/** The folder a listing prefix shows: "docs/" for "docs/" and for the search prefix "docs/rep". */
export function folderOf(prefix: string): string {
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

export function packStrings(parts: readonly string[]): PackedStrings {
  let total = 0;
  for (const part of parts) total += part.length;
  const ends = total <= 0xffff ? new Uint16Array(parts.length) : new Uint32Array(parts.length);
  let end = 0;
  for (let i = 0; i < parts.length; i++) {
    end += parts[i]!.length;
    ends[i] = end;
  }
  return { text: parts.join(''), ends };
}

export function unpackString(text: string, ends: PackedStrings['ends'], i: number): string {
  return text.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
}

export function indexValues(values: readonly (string | null)[]): IndexedValues {
  const distinct: (string | null)[] = [];
  const seen = new Map<string | null, number>();
  // A page holds at most 1,000 rows, so 16 bits always suffice; one byte nearly always does.
  const index = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = seen.get(value);
    if (at === undefined) {
      at = distinct.push(value) - 1;
      seen.set(value, at);
    }
    index[i] = at;
  }
  return { index: distinct.length <= 0x100 ? Uint8Array.from(index) : index, values: distinct };
}

/** S3 sends ETags in quotes; the list shows what is inside them. */
function bareEtag(etag: string | null): string {
  if (etag === null) return '';
  return etag.length >= 2 && etag.startsWith('"') && etag.endsWith('"') ? etag.slice(1, -1) : etag;
}

export function compactPage(
  page: ObjectPage,
  prefix: string,
  extras: ListingExtras = NO_EXTRAS,
): CompactPage {
  const folder = folderOf(prefix);
  const relative = (key: string) => (key.startsWith(folder) ? key.slice(folder.length) : key);
  // The zero-byte "folder/" marker object some tools create is the folder itself. A search
  // prefix ("docs/rep") is not a folder, so an object named exactly that is a real object.
  const objects = page.objects.filter((o) => !(o.key === prefix && prefix.endsWith('/')));
  const count = objects.length;
  const names = packStrings(objects.map((o) => relative(o.key)));
  const big = objects.some((o) => o.size > 0xffffffff);
  const sizes = big ? new Float64Array(count) : new Uint32Array(count);
  const modified = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const object = objects[i]!;
    sizes[i] = Number.isFinite(object.size) && object.size > 0 ? object.size : 0;
    const ms = object.lastModified === null ? Number.NaN : Date.parse(object.lastModified);
    modified[i] = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  }
  const classes = indexValues(objects.map((o) => o.storageClass));
  return {
    folders: page.folders.map(relative),
    count,
    names: names.text,
    ends: names.ends,
    sizes,
    modified,
    classIndex: classes.index,
    classes: classes.values,
    etags: extras.etag ? packStrings(objects.map((o) => bareEtag(o.etag))) : null,
    owners: extras.owner ? indexValues(objects.map((o) => o.owner)) : null,
    nextContinuationToken: page.nextContinuationToken,
  };
}

export function pageName(page: CompactPage, i: number): string {
  return unpackString(page.names, page.ends, i);
}

export function pageModifiedMs(page: CompactPage, i: number): number | null {
  const s = page.modified[i] ?? 0;
  return s === 0 ? null : s * 1000;
}

/** The row's ETag: null when the page did not keep ETags, "" when the server gave none. */
export function pageEtag(page: CompactPage, i: number): string | null {
  return page.etags === null ? null : unpackString(page.etags.text, page.etags.ends, i);
}

export function pageOwner(page: CompactPage, i: number): string | null {
  return page.owners === null ? null : (page.owners.values[page.owners.index[i] ?? 0] ?? null);
}

/** Whether every page keeps the fields the shown columns need. */
export function pagesHold(pages: readonly CompactPage[], extras: ListingExtras): boolean {
  return pages.every(
    (page) => (!extras.etag || page.etags !== null) && (!extras.owner || page.owners !== null),
  );
}
