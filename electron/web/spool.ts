import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { uptime } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/contract/envelope.js';
import type { LiveFolder } from '../core/transfers/folder-source.js';
import { destinationFor } from '../core/transfers/safe-destination.js';
import { DropFeed } from './spool-feed.js';
import type { FeedEntry } from './spool-feed.js';

const DROP_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** Beside the drop folders, never inside one: a dropped item may have any name. */
const OPEN_MARK = '.open-';
/** Files one opened drop may list (its list is read whole, as JSON, before anything lands). */
export const MAX_DROP_FILES = 200_000;
/** Two readings of when the machine started differ by less than this on the same boot. */
const SAME_BOOT_MS = 60_000;

/** What a drop's marker says: its folders, when the machine last started, and whether all landed. */
interface Marker {
  folders: string[];
  bootMs: number;
  whole: boolean;
}

/** When the machine started, as far as the clock and the uptime tell. */
export function machineBootMs(): number {
  return Date.now() - uptime() * 1000;
}

/** A file's bytes: a request body, or one file's share of a batch. */
export type SpoolBody = Readable | AsyncIterable<Buffer>;

export interface DroppedFile {
  path: string;
  size: number;
}

export interface OpenedDrop {
  /** Each dropped folder and where it lands: what its grant is issued for. */
  folders: { name: string; path: string }[];
  /** Indices into the listed files in the order to send them: the order uploads walk them. */
  order: number[];
}

interface LiveDrop {
  feeds: Map<string, DropFeed>;
  marker: string;
}

/**
 * Where the browser host keeps files dropped in the page: a browser cannot hand
 * over a path, so the bytes are streamed here first and then uploaded by the
 * same engine as any local file, resumable like one. A dropped folder is
 * opened first with the list of its files, so its upload starts with the first
 * file that lands instead of after the last.
 */
export class Spool {
  readonly #live = new Map<string, LiveDrop>();
  /** Dropped folders whose upload ended while the page was still sending them. */
  readonly #closed = new Set<string>();
  /** Dropped folders a previous run of the host never received whole. */
  readonly #unfinished = new Set<string>();

  constructor(
    readonly root: string,
    /** When the machine started: spooled bytes are not synced, a restart may have lost some. */
    private readonly bootMs = machineBootMs(),
  ) {}

  /**
   * Takes the list of a drop's folders' files before any byte. Answers each folder's place
   * (its upload can start at once) and the order to send the files in.
   */
  async open(dropId: string, files: readonly DroppedFile[]): Promise<OpenedDrop> {
    const drop = this.#dropDir(dropId);
    if (this.#live.has(dropId))
      throw new AppError('InvalidInput', 'drop: is already open', { fields: ['drop'] });
    if (files.length === 0 || files.length > MAX_DROP_FILES)
      throw new AppError('InvalidInput', `files: lists 1 to ${MAX_DROP_FILES} files`, {
        fields: ['files'],
      });
    const byFolder = new Map<string, FeedEntry[]>();
    const indexOf = new Map<string, number>();
    files.forEach((file, index) => {
      const path = this.#target(drop, file.path);
      const [name = '', ...rest] = relative(drop, path).split(sep);
      if (rest.length === 0)
        throw new AppError('InvalidInput', `files: "${file.path}" is not inside a folder`, {
          fields: ['files'],
        });
      if (indexOf.has(path))
        throw new AppError('InvalidInput', `files: "${file.path}" is listed twice`, {
          fields: ['files'],
        });
      indexOf.set(path, index);
      const entries = byFolder.get(name) ?? [];
      entries.push({ path, relativeKey: rest.join('/'), size: file.size });
      byFolder.set(name, entries);
    });
    const feeds = new Map(
      [...byFolder].map(([name, entries]) => [name, new DropFeed(name, entries)]),
    );
    // Written first: a host that stops before every file landed finds it at its next start.
    const marker = join(this.root, `${OPEN_MARK}${dropId}`);
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const mark: Marker = { folders: [...feeds.keys()], bootMs: this.bootMs, whole: false };
    await writeFile(marker, JSON.stringify(mark), { mode: 0o600, flag: 'wx' }).catch(
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST')
          throw new AppError('InvalidInput', 'drop: is already open', { fields: ['drop'] });
        throw err;
      },
    );
    for (const name of feeds.keys())
      await mkdir(join(drop, name), { recursive: true, mode: 0o700 });
    this.#live.set(dropId, { feeds, marker });
    return {
      folders: [...feeds.keys()].map((name) => ({ name, path: join(drop, name) })),
      order: [...feeds.values()].flatMap((feed) => feed.paths.map((p) => indexOf.get(p) ?? -1)),
    };
  }

  /**
   * Streams one dropped file to root/dropId/relativePath; the final name only ever holds all
   * of it. Answers where it went and the top-level item it belongs to (the file itself, or the
   * dropped folder holding it): that item is what gets uploaded.
   */
  async receive(
    body: SpoolBody,
    dropId: string,
    relativePath: string,
  ): Promise<{ path: string; top: string; live: boolean }> {
    const drop = this.#dropDir(dropId);
    const path = this.#target(drop, relativePath);
    // The first name of where the file lands, so it splits names exactly as the write does.
    const [topName = ''] = relative(drop, path).split(sep);
    const top = join(drop, topName);
    const feed = this.#live.get(dropId)?.feeds.get(topName);
    if (this.#closed.has(top)) throw canceled(topName);
    if (feed !== undefined && !feed.expects(path))
      throw new AppError('InvalidInput', 'path: is not a file this drop listed, or came twice', {
        fields: ['path'],
      });
    try {
      await this.#write(body, path);
    } catch (err) {
      feed?.failed(
        path,
        `the page could not send it: ${err instanceof Error ? err.message : String(err)}`,
      );
      throw err;
    }
    if (this.#closed.has(top)) {
      // Its upload ended while this file was on its way: nothing may stay behind for it.
      await rm(top, { recursive: true, force: true });
      throw canceled(topName);
    }
    if (feed !== undefined) {
      const info = await stat(path);
      feed.landed(path, info.size, info.mtimeMs);
      await this.#markIfWhole(dropId);
    }
    return { path, top, live: feed !== undefined };
  }

  /** The live folder a folder upload walks, while its drop is open (see LiveFolders). */
  live(root: string): LiveFolder | undefined {
    if (this.#unfinished.has(root)) return unfinishedFolder(root);
    const drop = this.dropOf(root);
    if (drop === undefined) return undefined;
    const [dropId = '', name = '', ...deeper] = relative(this.root, root).split(sep);
    return deeper.length === 0 ? this.#live.get(dropId)?.feeds.get(name) : undefined;
  }

  /** The drop folder a spooled path belongs to, or undefined when it is not spooled. */
  dropOf(path: string): string | undefined {
    const inside = relative(this.root, path);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return undefined;
    const [dropId] = inside.split(sep);
    return dropId === undefined ? undefined : join(this.root, dropId);
  }

  /** Forgets a finished upload's bytes, and its drop folder once nothing is left in it. */
  async release(path: string): Promise<void> {
    const drop = this.dropOf(path);
    if (drop === undefined) return;
    const [dropId = '', name = ''] = relative(this.root, path).split(sep);
    const live = this.#live.get(dropId);
    if (live?.feeds.delete(name) === true) {
      this.#closed.add(path);
      if (live.feeds.size === 0) {
        this.#live.delete(dropId);
        await rm(live.marker, { force: true });
      }
    }
    this.#unfinished.delete(path);
    await rm(path, { recursive: true, force: true });
    const left = await readdir(drop).catch(() => []);
    if (left.length > 0) return;
    await rm(drop, { recursive: true, force: true });
    // A drop kept whole across a restart has no live record, only its marker.
    await rm(join(this.root, `${OPEN_MARK}${dropId}`), { force: true });
  }

  /**
   * Folders of drops the host stopped receiving (it was closed or died mid-drop) are removed:
   * their uploads then fail saying so, instead of uploading part of a folder as all of it.
   * Synchronous so it happens before the transfer queue restores anything.
   */
  discardUnfinished(): void {
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return;
    }
    for (const marker of names.filter((n) => n.startsWith(OPEN_MARK))) {
      const drop = join(this.root, marker.slice(OPEN_MARK.length));
      const markerPath = join(this.root, marker);
      const mark = readMarker(markerPath);
      // A drop that arrived whole keeps its files across a restart of the host, unless the
      // machine restarted too: the OS may not have written all of them (they are not synced).
      const sameBoot = Math.abs(mark.bootMs - this.bootMs) < SAME_BOOT_MS;
      if (mark.whole && sameBoot) continue;
      const tops = mark.folders;
      for (const name of tops) this.#unfinished.add(join(drop, name));
      void Promise.all(tops.map((name) => rm(join(drop, name), { recursive: true, force: true })))
        .then(() => rm(markerPath, { force: true }))
        .then(() => readdir(drop))
        .then((left) =>
          left.length === 0 ? rm(drop, { recursive: true, force: true }) : undefined,
        )
        .catch(() => undefined);
    }
  }

  /** Drops older than maxAgeMs belong to uploads that were never finished nor canceled. */
  async sweep(maxAgeMs: number, now = Date.now()): Promise<void> {
    for (const entry of await readdir(this.root).catch(() => [])) {
      const path = join(this.root, entry);
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined && now - info.mtimeMs > maxAgeMs)
        await rm(path, { recursive: true, force: true });
    }
  }

  #dropDir(dropId: string): string {
    if (!DROP_ID.test(dropId))
      throw new AppError('InvalidInput', 'drop: is not a drop id', { fields: ['drop'] });
    return join(this.root, dropId);
  }

  /** Where a dropped file lands in its drop folder; anything that could leave it is refused. */
  #target(drop: string, relativePath: string): string {
    // A browser's relative paths are "/"-separated; off Windows "back\slash.txt" is one name.
    const target = destinationFor(drop, relativePath, '', process.platform, {
      backslashSeparates: process.platform === 'win32',
    });
    if (target.kind !== 'file') {
      const reason = target.kind === 'refused' ? target.reason : 'names a folder, not a file';
      throw new AppError('InvalidInput', `path: ${reason}`, { fields: ['path'] });
    }
    return target.path;
  }

  async #write(body: SpoolBody, path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const partial = `${path}.partial`;
    try {
      await pipeline(body, createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, path);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  }

  /** Once every listed file landed, a restart of the host may upload the drop as it stands. */
  async #markIfWhole(dropId: string): Promise<void> {
    const live = this.#live.get(dropId);
    if (live === undefined || ![...live.feeds.values()].every((f) => f.complete)) return;
    const mark: Marker = { folders: [...live.feeds.keys()], bootMs: this.bootMs, whole: true };
    await writeFile(live.marker, JSON.stringify(mark), { mode: 0o600 });
  }
}

function readMarker(path: string): Marker {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<Marker>;
    return {
      folders: Array.isArray(json.folders)
        ? json.folders.filter((f): f is string => typeof f === 'string')
        : [],
      bootMs: typeof json.bootMs === 'number' ? json.bootMs : 0,
      whole: json.whole === true,
    };
  } catch {
    return { folders: [], bootMs: 0, whole: false };
  }
}

function canceled(name: string): AppError {
  return new AppError('Canceled', `The upload of "${name}" was canceled or has ended`);
}

/** A dropped folder a previous run never received whole: its upload fails and says why. */
function unfinishedFolder(root: string): LiveFolder {
  const name = root.split(sep).at(-1) ?? root;
  return {
    totals: () => ({ files: 0, bytes: 0 }),
    // eslint-disable-next-line require-yield -- it only ever fails
    files: async function* () {
      await Promise.resolve();
      throw new AppError(
        'LocalFileError',
        `The host's copy of "${name}" is not whole (Holdall was closed before the page sent ` +
          'all of it, or the computer restarted since); drop it again.',
      );
    },
  };
}
