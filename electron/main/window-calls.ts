/** What a window is known by here: Electron's WebContents, or a stand-in in tests. */
type Window = object;

export interface WindowCall {
  signal: AbortSignal;
  /** The call answered: it no longer needs aborting. */
  done: () => void;
}

/**
 * The contract calls each window has in flight. A window that closes, reloads or crashes
 * wants none of their answers, so its calls are aborted and the work behind them (listings,
 * copies, deletes) stops at its next request rather than running on for nobody.
 */
export class WindowCalls {
  private readonly open = new Map<Window, Set<AbortController>>();

  begin(window: Window): WindowCall {
    const controller = new AbortController();
    let calls = this.open.get(window);
    if (calls === undefined) {
      calls = new Set();
      this.open.set(window, calls);
    }
    calls.add(controller);
    const owned = calls;
    return {
      signal: controller.signal,
      done: () => {
        owned.delete(controller);
        if (owned.size === 0 && this.open.get(window) === owned) this.open.delete(window);
      },
    };
  }

  /** Aborts every call the window has in flight, saying why. */
  abortAll(window: Window, why: string): void {
    const calls = this.open.get(window);
    if (calls === undefined) return;
    this.open.delete(window);
    for (const controller of calls) controller.abort(new Error(why));
  }

  /** How many calls the window has in flight. */
  inFlight(window: Window): number {
    return this.open.get(window)?.size ?? 0;
  }
}
