/**
 * One cap on requests in flight across every transfer, so ten parallel files
 * with four parts each cannot open forty sockets to a small server.
 */
export class RequestLimiter {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(public limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`Invalid request limit ${limit}`);
  }

  get active(): number {
    return this.#active;
  }

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.#acquire(signal);
    try {
      return await work();
    } finally {
      this.#release();
    }
  }

  #acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#active < this.limit) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        this.#active++;
        resolve();
      };
      const onAbort = (): void => {
        const index = this.#waiting.indexOf(grant);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(
          signal?.reason instanceof Error
            ? signal.reason
            : new DOMException('Aborted', 'AbortError'),
        );
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(grant);
    });
  }

  #release(): void {
    this.#active--;
    // Re-check the limit: it may have been lowered while work was running.
    while (this.#active < this.limit && this.#waiting.length > 0) this.#waiting.shift()?.();
  }
}
