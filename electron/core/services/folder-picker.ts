import { opendir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import type { FolderListing } from '../../../shared/domain/local-grant.js';
import { defaultDownloadDir } from './download-dir.js';

/** A folder with more subfolders than this lists the first ones and says so. */
export const MAX_LISTED_FOLDERS = 1000;

function outside(message: string): AppError {
  return new AppError('GrantRefused', message, { reason: 'outsidePickerRoot' });
}

function segmentsOf(under: string): string[] {
  return under === '' ? [] : under.split('/');
}

/**
 * The in-page folder picker of hosts without a native dialog (the browser
 * host). The caller names folders relative to `root` (the home folder) and
 * only visible ones; the host checks where they really lead, symlinks
 * followed, so no name reaches outside the root.
 */
export class FolderPicker {
  constructor(readonly root: string) {}

  /** Where `under` really is; refused when it is missing, not a folder or leads out of the root. */
  async locate(under: string): Promise<string> {
    const path = join(this.root, ...segmentsOf(under));
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() !== true)
      throw new AppError('LocalFileError', `${path} is not a folder (any more).`);
    const [realRoot, real] = await Promise.all([realpath(this.root), realpath(path)]);
    const rel = relative(realRoot, real);
    if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
      throw outside(`${path} leads outside ${this.root}, where this picker may choose.`);
    return path;
  }

  /** The visible subfolders of `under`, or of the Downloads folder when no folder is named. */
  async list(under: string | undefined): Promise<FolderListing> {
    const start = under ?? (await this.#defaultUnder());
    const path = await this.locate(start);
    const folders: string[] = [];
    let truncated = false;
    for await (const entry of await opendir(path, { bufferSize: 256 })) {
      if (entry.name.startsWith('.')) continue;
      const isFolder =
        entry.isDirectory() ||
        (entry.isSymbolicLink() &&
          (await stat(join(path, entry.name)).catch(() => undefined))?.isDirectory() === true);
      if (!isFolder) continue;
      if (folders.length === MAX_LISTED_FOLDERS) {
        truncated = true;
        break;
      }
      folders.push(entry.name);
    }
    folders.sort((a, b) => a.localeCompare(b));
    const segments = segmentsOf(start);
    return {
      under: start,
      path,
      parent: segments.length === 0 ? null : segments.slice(0, -1).join('/'),
      folders,
      truncated,
    };
  }

  async #defaultUnder(): Promise<string> {
    const rel = relative(this.root, await defaultDownloadDir(this.root));
    return rel.split(sep).join('/');
  }
}
