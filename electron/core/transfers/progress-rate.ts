/**
 * Transfer rate as an exponentially weighted average over a few seconds, so
 * the shown rate and ETA follow real changes without jumping on every chunk.
 */
export class RateTracker {
  #rate = 0;
  #first: { bytes: number; at: number } | undefined;
  #last: { bytes: number; at: number } | undefined;
  readonly #tauMs: number;

  constructor(tauMs = 3_000) {
    this.#tauMs = tauMs;
  }

  get bytesPerSec(): number {
    return this.#rate;
  }

  /** Feeds the job's total bytes done at time `at` (ms). */
  sample(bytesDone: number, at: number): void {
    const last = this.#last;
    const first = this.#first;
    if (last === undefined || first === undefined) {
      this.#first = this.#last = { bytes: bytesDone, at };
      return;
    }
    const dt = at - last.at;
    if (dt <= 0) return;
    if (at - first.at < this.#tauMs) {
      // Too early for an average over time: the first read-ahead burst would dominate it.
      this.#rate = (Math.max(0, bytesDone - first.bytes) / (at - first.at)) * 1000;
    } else {
      // Retried bytes are taken back; that is not negative speed.
      const instant = (Math.max(0, bytesDone - last.bytes) / dt) * 1000;
      const weight = 1 - Math.exp(-dt / this.#tauMs);
      this.#rate += weight * (instant - this.#rate);
    }
    this.#last = { bytes: bytesDone, at };
  }

  /** A paused job restarts its average. */
  reset(): void {
    this.#rate = 0;
    this.#first = undefined;
    this.#last = undefined;
  }

  etaSeconds(bytesDone: number, bytesTotal: number): number | null {
    if (this.#rate <= 0) return null;
    return Math.max(0, Math.ceil((bytesTotal - bytesDone) / this.#rate));
  }
}
