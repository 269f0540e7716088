/**
 * Long prefix jobs running now, by the caller's operation id, so a stop channel can reach one.
 * The stop is gentle: the job reads the signal between keys or pages, never mid-request.
 */
export class RunningJobs {
  private readonly stops = new Map<string, AbortController>();

  async run<T>(operationId: string, job: (stop: AbortSignal) => Promise<T>): Promise<T> {
    const stop = new AbortController();
    this.stops.set(operationId, stop);
    try {
      return await job(stop.signal);
    } finally {
      if (this.stops.get(operationId) === stop) this.stops.delete(operationId);
    }
  }

  /** Whether a job of that id was running (and is now asked to stop). */
  stop(operationId: string): { stopping: boolean } {
    const stop = this.stops.get(operationId);
    stop?.abort();
    return { stopping: stop !== undefined };
  }
}
