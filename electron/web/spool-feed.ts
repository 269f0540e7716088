import { AppError } from '../../shared/contract/envelope.js';
import type { WalkedFile, WalkSkip } from '../core/transfers/folder-walk.js';
import type { LiveFolder } from '../core/transfers/folder-source.js';
import { compareRelativePaths } from '../core/transfers/walk-cursor.js';

/** Longest wait for the page's next file before the upload stops and says the page went quiet. */
export const PAGE_SILENCE_MS = 120_000;

export interface FeedEntry {
  /** Where the file lands. */
  path: string;
  /** Its place in the dropped folder, "/"-separated: what walkFolder would call it. */
  relativeKey: string;
  size: number;
}

type EntryState =
  | { kind: 'pending' }
  | { kind: 'landed'; size: number; mtimeMs: number }
  | { kind: 'failed'; reason: string };

/**
 * One dropped folder while the page sends it: every file it will hold is known up front (the
 * page lists them before the first byte), each is walked the moment it has landed, in
 * walkFolder's order, so the folder's upload runs alongside the sending. A file the host could
 * not receive is reported as left out; a page that goes quiet stops the walk with an error
 * instead of a folder that silently lacks files.
 */
export class DropFeed implements LiveFolder {
  readonly #entries: FeedEntry[];
  readonly #states: EntryState[];
  readonly #byPath = new Map<string, number>();
  readonly #wakers = new Set<() => void>();
  #unresolved: number;
  #landed = 0;
  #lastNews = Date.now();

  constructor(
    readonly name: string,
    entries: readonly FeedEntry[],
    private readonly silenceMs = PAGE_SILENCE_MS,
  ) {
    this.#entries = [...entries].sort((a, b) => compareRelativePaths(a.relativeKey, b.relativeKey));
    this.#states = this.#entries.map(() => ({ kind: 'pending' }));
    this.#entries.forEach((entry, i) => this.#byPath.set(entry.path, i));
    this.#unresolved = this.#entries.length;
  }

  /** Where each file lands, in the order the walk takes them: the order to send them in. */
  get paths(): string[] {
    return this.#entries.map((e) => e.path);
  }

  /** Whether the page may (still) send this path. */
  expects(path: string): boolean {
    const at = this.#byPath.get(path);
    return at !== undefined && this.#states[at]?.kind === 'pending';
  }

  /** Every file landed: nothing of this folder is missing any more. */
  get complete(): boolean {
    return this.#landed === this.#entries.length;
  }

  landed(path: string, size: number, mtimeMs: number): void {
    this.#settle(path, { kind: 'landed', size, mtimeMs });
  }

  failed(path: string, reason: string): void {
    this.#settle(path, { kind: 'failed', reason });
  }

  totals(): { files: number; bytes: number } {
    return {
      files: this.#entries.length,
      bytes: this.#entries.reduce((sum, e) => sum + e.size, 0),
    };
  }

  async *files(signal: AbortSignal, onSkip: (skip: WalkSkip) => void): AsyncGenerator<WalkedFile> {
    for (let i = 0; i < this.#entries.length; i++) {
      const entry = this.#entries[i];
      if (entry === undefined) return;
      let state = this.#states[i];
      while (state?.kind === 'pending') {
        await this.#news(signal);
        state = this.#states[i];
      }
      signal.throwIfAborted();
      if (state?.kind === 'failed')
        onSkip({ relativeKey: entry.relativeKey, reason: state.reason });
      else if (state?.kind === 'landed')
        yield { path: entry.path, relativeKey: entry.relativeKey, ...state };
    }
  }

  #settle(path: string, state: EntryState): void {
    const at = this.#byPath.get(path);
    if (at === undefined || this.#states[at]?.kind !== 'pending') return;
    this.#states[at] = state;
    this.#unresolved--;
    if (state.kind === 'landed') this.#landed++;
    this.#lastNews = Date.now();
    for (const wake of [...this.#wakers]) wake();
  }

  /** Resolves at the next file settled; rejects when the page has been quiet too long. */
  #news(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const left = this.#lastNews + this.silenceMs - Date.now();
    if (left <= 0) return Promise.reject(this.#silence());
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.#wakers.delete(wake);
      };
      const wake = (): void => {
        done();
        resolve();
      };
      const onAbort = (): void => {
        done();
        reject(signal.reason as Error);
      };
      const timer = setTimeout(() => {
        done();
        reject(this.#silence());
      }, left);
      this.#wakers.add(wake);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  #silence(): AppError {
    const arrived = this.#entries.length - this.#unresolved;
    return new AppError(
      'LocalFileError',
      `The page stopped sending "${this.name}": ${arrived} of ${this.#entries.length} files arrived. ` +
        'Drop it again to send the rest.',
    );
  }
}
