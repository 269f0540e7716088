import { serverMisbehaved } from './server-misbehaved.js';

/** What one page of a paginated answer says about itself. */
export interface PageFacts<P> {
  /** The most entries the request allowed (S3's default is 1,000). */
  asked: number;
  /** Entries in the page (keys and folders, uploads, parts). */
  entries: number;
  /** Where the page ends in listing order; undefined when it is empty. */
  last: P | undefined;
  truncated: boolean;
  /** The cursor (token, or markers joined) for the next page. */
  next: string | undefined;
}

/** What the guard remembers between pages; plain data, so a later call can take it up. */
export interface PageTrail<P> {
  /** The cursor the next request will carry. */
  cursor: string | undefined;
  last: P | undefined;
  emptyRun: number;
  recent: readonly string[];
}

/**
 * Empty pages that say more follow happen (S3 skipping delete markers), but not forever: past
 * this many in a row the server is going nowhere.
 */
export const MAX_EMPTY_PAGES = 100;
/** Cursors remembered to spot a server cycling through a few tokens. */
const RECENT_CURSORS = 16;
export const DEFAULT_PAGE_SIZE = 1000;

/**
 * The one check every paginated loop runs on each page, so no misbehaving server (the same
 * token again, pages that do not advance, more entries than asked, endless empty pages) can
 * keep a loop going: it ends with `ServerMisbehaved` naming the server.
 */
export class PageGuard<P> {
  #trail: PageTrail<P>;

  /** `advances(previous, next)`: whether a page ending at `next` moved past one ending at `previous`. */
  constructor(
    private readonly server: string,
    private readonly operation: string,
    private readonly advances: (previous: P, next: P) => boolean,
    trail?: PageTrail<P>,
  ) {
    this.#trail = trail ?? { cursor: undefined, last: undefined, emptyRun: 0, recent: [] };
  }

  get trail(): PageTrail<P> {
    return this.#trail;
  }

  /** The cursor for the first request this guard watches. */
  get cursor(): string | undefined {
    return this.#trail.cursor;
  }

  /** Checks a page; answers the cursor for the next page, or undefined after the last. */
  next(page: PageFacts<P>): string | undefined {
    const trail = this.#trail;
    const fail = (problem: Parameters<typeof serverMisbehaved>[1], fact: string): never => {
      throw serverMisbehaved(this.server, problem, this.operation, fact);
    };
    if (page.entries > page.asked)
      fail(
        'tooManyEntries',
        `it sent ${page.entries} entries when at most ${page.asked} were asked for`,
      );
    const next = page.truncated ? page.next : undefined;
    if (page.truncated && (next === undefined || next === ''))
      fail('truncatedWithoutToken', 'it said more entries follow but gave no token for them');
    if (next !== undefined && (next === trail.cursor || trail.recent.includes(next)))
      fail('repeatedToken', 'it answered with a continuation token it had already given');
    if (
      page.last !== undefined &&
      trail.last !== undefined &&
      !this.advances(trail.last, page.last)
    )
      fail('noProgress', 'a page ended where an earlier one did, or before it');
    if (next === undefined) return undefined;
    const emptyRun = page.entries === 0 ? trail.emptyRun + 1 : 0;
    if (emptyRun > MAX_EMPTY_PAGES)
      fail('emptyPages', `it sent ${emptyRun} empty pages in a row that each said more follow`);
    const recent = [...trail.recent, ...(trail.cursor === undefined ? [] : [trail.cursor])];
    this.#trail = {
      cursor: next,
      last: page.last ?? trail.last,
      emptyRun,
      recent: recent.slice(-RECENT_CURSORS),
    };
    return next;
  }
}

/** S3 lists keys in UTF-8 byte order; a page must end past the previous one. */
export function keyAdvances(previous: string, next: string): boolean {
  return Buffer.compare(Buffer.from(next, 'utf8'), Buffer.from(previous, 'utf8')) > 0;
}

export function numberAdvances(previous: number, next: number): boolean {
  return next > previous;
}

/** The last of several listing-ordered names (keys and folders come in two lists). */
export function lastByKey(names: readonly (string | undefined)[]): string | undefined {
  let last: string | undefined;
  for (const name of names)
    if (name !== undefined && (last === undefined || keyAdvances(last, name))) last = name;
  return last;
}
