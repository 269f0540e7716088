import type { ObjectPage } from '../../../../shared/domain/listing.js';

/**
 * One listing page packed into a string and typed arrays. A million rows as
 * plain objects cost about 250 MB of heap (five strings each); packed they
 * cost about 26 bytes a row. The etag is dropped: the list never shows it.
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
  readonly classIndex: Uint8Array;
  readonly classes: readonly (string | null)[];
  readonly nextContinuationToken: string | null;
}

/** The folder a listing prefix shows: "docs/" for "docs/" and for the search prefix "docs/rep". */
export function folderOf(prefix: string): string {
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

const MAX_CLASSES = 256;

export function compactPage(page: ObjectPage, prefix: string): CompactPage {
  const folder = folderOf(prefix);
  const relative = (key: string) => (key.startsWith(folder) ? key.slice(folder.length) : key);
  // The zero-byte "folder/" marker object some tools create is the folder itself. A search
  // prefix ("docs/rep") is not a folder, so an object named exactly that is a real object.
  const objects = page.objects.filter((o) => !(o.key === prefix && prefix.endsWith('/')));
  const count = objects.length;
  const parts: string[] = new Array<string>(count);
  let total = 0;
  let big = false;
  for (let i = 0; i < count; i++) {
    const object = objects[i]!;
    const name = relative(object.key);
    parts[i] = name;
    total += name.length;
    if (object.size > 0xffffffff) big = true;
  }
  const ends = total <= 0xffff ? new Uint16Array(count) : new Uint32Array(count);
  const sizes = big ? new Float64Array(count) : new Uint32Array(count);
  const modified = new Uint32Array(count);
  const classIndex = new Uint8Array(count);
  const classes: (string | null)[] = [];
  let end = 0;
  for (let i = 0; i < count; i++) {
    const object = objects[i]!;
    end += parts[i]!.length;
    ends[i] = end;
    sizes[i] = Number.isFinite(object.size) && object.size > 0 ? object.size : 0;
    const ms = object.lastModified === null ? Number.NaN : Date.parse(object.lastModified);
    modified[i] = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
    let c = classes.indexOf(object.storageClass);
    if (c === -1 && classes.length < MAX_CLASSES) c = classes.push(object.storageClass) - 1;
    // More than 256 classes in one page is not a thing S3 does; show the last one rather than fail.
    classIndex[i] = c === -1 ? MAX_CLASSES - 1 : c;
  }
  return {
    folders: page.folders.map(relative),
    count,
    names: parts.join(''),
    ends,
    sizes,
    modified,
    classIndex,
    classes,
    nextContinuationToken: page.nextContinuationToken,
  };
}

export function pageName(page: CompactPage, i: number): string {
  return page.names.slice(i === 0 ? 0 : page.ends[i - 1], page.ends[i]);
}

export function pageModifiedMs(page: CompactPage, i: number): number | null {
  const s = page.modified[i] ?? 0;
  return s === 0 ? null : s * 1000;
}
