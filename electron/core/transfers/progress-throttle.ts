/**
 * At most one call every `intervalMs`: the first change goes out at once, the
 * rest coalesce into one trailing call so the last value is never lost.
 */
export class ProgressThrottle {
  #lastAt = Number.NEGATIVE_INFINITY;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly send: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  poke(): void {
    if (this.#timer !== undefined) return;
    const wait = this.#lastAt + this.intervalMs - this.now();
    if (wait <= 0) this.#fire();
    else this.#timer = setTimeout(() => this.#fire(), wait);
  }

  /** Drops a pending call: the state event that follows carries the final numbers. */
  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #fire(): void {
    this.#timer = undefined;
    this.#lastAt = this.now();
    this.send();
  }
}
