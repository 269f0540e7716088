/** What type-ahead needs of the rows: how many, and each one's shown name. */
export interface NamedRows {
  readonly length: number;
  nameAt(index: number): string;
}

/** Typing pauses longer than this start a new search. */
export const TYPE_AHEAD_PAUSE_MS = 800;

/**
 * The first row from `start` on (wrapping round) whose name starts with `text`, ignoring case;
 * -1 when none does.
 */
export function findByPrefix(rows: NamedRows, start: number, text: string): number {
  if (text === '' || rows.length === 0) return -1;
  const needle = text.toLocaleLowerCase();
  const from = ((start % rows.length) + rows.length) % rows.length;
  for (let step = 0; step < rows.length; step++) {
    const index = (from + step) % rows.length;
    if (rows.nameAt(index).toLocaleLowerCase().startsWith(needle)) return index;
  }
  return -1;
}

/**
 * Letters typed on the list, gathered until a pause. A first letter moves past the current row
 * (pressing "b" again goes to the next "b…"); further letters refine the search from the
 * current row, so "bo" stays on "book" rather than skipping it.
 */
export class TypeAhead {
  private typed = '';
  private lastAt = -Infinity;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Whether a key is a letter to search by rather than a command. */
  static isSearchKey(event: {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
  }): boolean {
    return [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  }

  /** Whether a search is under way, so Space belongs to it rather than to the list. */
  get active(): boolean {
    return this.typed !== '' && this.now() - this.lastAt <= TYPE_AHEAD_PAUSE_MS;
  }

  /** The row to go to after typing `key` with `current` focused, or -1. */
  type(key: string, rows: NamedRows, current: number): number {
    const at = this.now();
    if (at - this.lastAt > TYPE_AHEAD_PAUSE_MS) this.typed = '';
    this.lastAt = at;
    // The same letter again cycles through the rows starting with it.
    const repeat = this.typed !== '' && [...this.typed].every((c) => c === key);
    this.typed += key;
    if (repeat) return findByPrefix(rows, current + 1, key);
    return findByPrefix(rows, this.typed.length === 1 ? current + 1 : current, this.typed);
  }
}
