/**
 * Where a folder job stopped, in walk order: every item up to `watermark` is
 * done, plus the few done after it (at most one per slot). A retry walks the
 * tree again and skips those, so memory stays small however big the tree.
 */
export class WalkCursor {
  #watermark: string | undefined;
  readonly #doneAhead = new Set<string>();
  #inFlight: { key: string; done: boolean }[] = [];

  /** `compare` must order keys exactly as the walker yields them. */
  constructor(private readonly compare: (a: string, b: string) => number) {}

  get watermark(): string | undefined {
    return this.#watermark;
  }

  isDone(key: string): boolean {
    return (
      (this.#watermark !== undefined && this.compare(key, this.#watermark) <= 0) ||
      this.#doneAhead.has(key)
    );
  }

  /** A new walk: what was in flight and unfinished will be met again. */
  restart(): void {
    this.#inFlight = [];
  }

  start(key: string): void {
    this.#inFlight.push({ key, done: false });
  }

  finish(key: string): void {
    const item = this.#inFlight.find((i) => i.key === key && !i.done);
    if (item === undefined) return;
    item.done = true;
    this.#doneAhead.add(key);
    while (this.#inFlight[0]?.done === true) {
      const front = this.#inFlight.shift();
      if (front === undefined) break;
      this.#watermark = front.key;
    }
    const mark = this.#watermark;
    if (mark !== undefined)
      for (const done of this.#doneAhead)
        if (this.compare(done, mark) <= 0) this.#doneAhead.delete(done);
  }
}

/** Folder walks sort each directory by name, so order is segment by segment. */
export function compareRelativePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] ?? '';
    const y = bs[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/** ListObjectsV2 lists keys in UTF-8 byte order. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
