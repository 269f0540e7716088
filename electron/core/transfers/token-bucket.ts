/**
 * One bandwidth budget shared by every transfer, both directions. Callers
 * take tokens before passing bytes on and wait the time returned: debt is
 * allowed, so a chunk larger than the bucket waits instead of stalling forever,
 * and callers that come later queue behind the debt of earlier ones.
 */
export class TokenBucket {
  #rate: number | null;
  #tokens = 0;
  #last: number;
  readonly #now: () => number;

  constructor(bytesPerSec: number | null, now: () => number = () => performance.now()) {
    this.#now = now;
    this.#last = now();
    this.#rate = null;
    this.setRate(bytesPerSec);
  }

  get rate(): number | null {
    return this.#rate;
  }

  setRate(bytesPerSec: number | null): void {
    if (bytesPerSec !== null && !(bytesPerSec > 0))
      throw new RangeError(`Invalid rate ${bytesPerSec}`);
    const wasOff = this.#rate === null;
    this.#refill();
    this.#rate = bytesPerSec;
    // A new limit starts full; a changed one keeps its debt so it cannot be gamed.
    this.#tokens = wasOff ? this.#capacity() : Math.min(this.#tokens, this.#capacity());
  }

  /** Milliseconds to wait before sending `bytes`; 0 when there is no limit. */
  take(bytes: number): number {
    if (this.#rate === null) return 0;
    this.#refill();
    this.#tokens -= bytes;
    return this.#tokens >= 0 ? 0 : (-this.#tokens / this.#rate) * 1000;
  }

  // A quarter second of burst keeps the average honest over short windows.
  #capacity(): number {
    return this.#rate === null ? 0 : Math.max(this.#rate / 4, 1);
  }

  #refill(): void {
    const now = this.#now();
    if (this.#rate !== null)
      this.#tokens = Math.min(
        this.#capacity(),
        this.#tokens + ((now - this.#last) / 1000) * this.#rate,
      );
    this.#last = now;
  }
}
