/**
 * A resizable FIFO semaphore: the global "files at once" cap. Unlike
 * RequestLimiter it hands out a release function, so a folder job can take a
 * slot, start a file, and go on walking while the file runs.
 */
export class Slots {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(public limit: number) {}

  get active(): number {
    return this.#active;
  }

  acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.#active < this.limit && this.#waiting.length === 0) {
      this.#active++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        this.#active++;
        resolve(this.#releaser());
      };
      const onAbort = (): void => {
        const index = this.#waiting.indexOf(grant);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(signal?.reason instanceof Error ? signal.reason : abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(grant);
    });
  }

  /** Call after raising the limit. */
  wake(): void {
    while (this.#active < this.limit && this.#waiting.length > 0) this.#waiting.shift()?.();
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      this.wake();
    };
  }
}

function abortError(): Error {
  return new DOMException('Aborted', 'AbortError');
}
