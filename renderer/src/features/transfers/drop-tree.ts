/** A file to upload and where it sits under what was dropped or picked ("photos/2024/a.jpg"). */
export interface UploadSource {
  file: File;
  relativePath: string;
}

/** The parts of the File and Directories API entries we use, so tests can fake them. */
export interface EntryLike {
  readonly name: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}
interface FileEntryLike extends EntryLike {
  file(ok: (file: File) => void, fail?: (err: unknown) => void): void;
}
interface DirectoryEntryLike extends EntryLike {
  createReader(): {
    readEntries(ok: (entries: EntryLike[]) => void, fail?: (err: unknown) => void): void;
  };
}

/** What a drop carried: whole trees as entries, and plain files where no entry was offered. */
export type DropItem = { entry: EntryLike } | { file: File };

export interface WalkedDrop {
  sources: UploadSource[];
  /** Paths that could not be read (permissions, vanished files), reported rather than skipped silently. */
  unreadable: string[];
}

/**
 * Takes what the drop offers while the event lasts: DataTransfer items are
 * emptied once the handler returns, so entries must be taken synchronously.
 * Synthetic DataTransfers (and some hosts) offer no entry; their files are
 * taken as they are.
 */
export function dropItems(data: DataTransfer): DropItem[] {
  const out: DropItem[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry !== null) {
      out.push({ entry });
      continue;
    }
    const file = item.getAsFile();
    if (file !== null) out.push({ file });
  }
  if (out.length === 0) for (const file of Array.from(data.files)) out.push({ file });
  return out;
}

/** Walks dropped folders depth first; files keep their path under the dropped item. */
export async function walkDrop(items: readonly DropItem[]): Promise<WalkedDrop> {
  const result: WalkedDrop = { sources: [], unreadable: [] };
  for (const item of items) {
    if ('file' in item) result.sources.push({ file: item.file, relativePath: item.file.name });
    else await walkEntry(item.entry, item.entry.name, result);
  }
  return result;
}

async function walkEntry(entry: EntryLike, path: string, result: WalkedDrop): Promise<void> {
  try {
    if (entry.isFile) {
      const file = await readFile(entry as FileEntryLike);
      result.sources.push({ file, relativePath: path });
    } else if (entry.isDirectory) {
      for (const child of await readAll(entry as DirectoryEntryLike))
        await walkEntry(child, `${path}/${child.name}`, result);
    }
  } catch {
    result.unreadable.push(path);
  }
}

function readFile(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** readEntries answers in batches (100 in Chromium) until it answers an empty one. */
async function readAll(entry: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = entry.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Files from an <input type=file>: a folder picker gives each its path under the folder. */
export function sourcesFromFiles(files: Iterable<File>): UploadSource[] {
  return Array.from(files, (file) => {
    // Empty for a plain picker; missing altogether on Files not made by an input.
    const relative = file.webkitRelativePath as string | undefined;
    return { file, relativePath: relative === undefined || relative === '' ? file.name : relative };
  });
}
