import type { ObjectVersionRow } from '../../../../shared/domain/object-versions.js';

export type VersionListRow =
  | { kind: 'folder'; prefix: string; name: string }
  /** Heads a key's versions; `deleted` when its latest version is a delete marker. */
  | { kind: 'key'; key: string; name: string; deleted: boolean; count: number }
  /** `standalone`: shown without a heading (the "as it was at" view), so it names its key. */
  | { kind: 'version'; version: ObjectVersionRow; name: string; standalone: boolean };

/** What one page adds: folders, and versions in listing order (keys ascending, newest first). */
export interface VersionRowsPage {
  readonly folders: readonly string[];
  readonly versions: readonly ObjectVersionRow[];
}

const relative = (folder: string, key: string) =>
  key.startsWith(folder) ? key.slice(folder.length) : key;

/**
 * The versions list's rows: the folders, then each key's row followed by its versions. Pages
 * arrive one by one and are appended, never rebuilt, so scrolling through 100,000 versions
 * costs one pass over each page; a key whose versions span two pages keeps one heading.
 * `grouped: false` (the "as it was at" view) shows one row per object, without headings.
 */
export class VersionRows {
  readonly #folder: string;
  readonly #grouped: boolean;
  #pages: readonly VersionRowsPage[] = [];
  #folders: VersionListRow[] = [];
  #entries: VersionListRow[] = [];
  #lastHeading: Extract<VersionListRow, { kind: 'key' }> | null = null;
  #versionCount = 0;

  constructor(folder: string, grouped = true) {
    this.#folder = folder;
    this.#grouped = grouped;
  }

  /** Brings the rows up to `pages`; answers whether anything changed. */
  sync(pages: readonly VersionRowsPage[]): boolean {
    const kept = this.#pages;
    const appends = kept.length <= pages.length && kept.every((page, i) => pages[i] === page);
    if (appends && kept.length === pages.length) return false;
    if (!appends) this.#reset();
    for (const page of pages.slice(appends ? kept.length : 0)) this.#append(page);
    this.#pages = pages;
    return true;
  }

  get length(): number {
    return this.#folders.length + this.#entries.length;
  }

  /** Versions (and delete markers) loaded, headings and folders aside. */
  get versionCount(): number {
    return this.#versionCount;
  }

  at(index: number): VersionListRow | undefined {
    const folders = this.#folders.length;
    return index < folders ? this.#folders[index] : this.#entries[index - folders];
  }

  #reset(): void {
    this.#folders = [];
    this.#entries = [];
    this.#lastHeading = null;
    this.#versionCount = 0;
  }

  #append(page: VersionRowsPage): void {
    for (const prefix of page.folders)
      this.#folders.push({ kind: 'folder', prefix, name: relative(this.#folder, prefix) });
    for (const version of page.versions) {
      // The zero-byte "folder/" marker some tools create is the folder itself.
      if (version.key === this.#folder) continue;
      const name = relative(this.#folder, version.key);
      if (this.#grouped && this.#lastHeading?.key !== version.key) {
        this.#lastHeading = {
          kind: 'key',
          key: version.key,
          name,
          deleted: version.deleteMarker && version.isLatest,
          count: 0,
        };
        this.#entries.push(this.#lastHeading);
      }
      if (this.#lastHeading !== null) this.#lastHeading.count++;
      this.#entries.push({ kind: 'version', version, name, standalone: !this.#grouped });
      this.#versionCount++;
    }
  }
}
