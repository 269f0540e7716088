/** What a window is known by here: Electron's WebContents, or a stand-in in tests. */
type Window = object;

export interface WindowCall {
  signal: AbortSignal;
  /** The call answered: it no longer needs aborting. */
  done: () => void;
}

/** What the page names a call it may cancel by: short, and nothing but letters, digits, '-'. */
const CALL_ID = /^[A-Za-z0-9-]{1,64}$/;

export function isCallId(value: unknown): value is string {
  return typeof value === 'string' && CALL_ID.test(value);
}

/**
 * The contract calls each window has in flight. A window that closes, reloads or crashes
 * wants none of their answers, so its calls are aborted and the work behind them (listings,
 * copies, deletes) stops at its next request rather than running on for nobody. A page may
 * also cancel one call it named, and only its own: ids are looked up per window.
 */
export class WindowCalls {
  private readonly open = new Map<Window, Map<string | symbol, AbortController>>();

  begin(window: Window, callId?: string): WindowCall {
    const controller = new AbortController();
    let calls = this.open.get(window);
    if (calls === undefined) {
      calls = new Map();
      this.open.set(window, calls);
    }
    // A reused id must not take over another call's cancel: the later call goes unnamed.
    const key = callId === undefined || calls.has(callId) ? Symbol('call') : callId;
    calls.set(key, controller);
    const owned = calls;
    return {
      signal: controller.signal,
      done: () => {
        owned.delete(key);
        if (owned.size === 0 && this.open.get(window) === owned) this.open.delete(window);
      },
    };
  }

  /** Aborts the one call of this window with this id, if it is still in flight. */
  cancel(window: Window, callId: string, why: string): void {
    this.open.get(window)?.get(callId)?.abort(new Error(why));
  }

  /** Aborts every call the window has in flight, saying why. */
  abortAll(window: Window, why: string): void {
    const calls = this.open.get(window);
    if (calls === undefined) return;
    this.open.delete(window);
    for (const controller of calls.values()) controller.abort(new Error(why));
  }

  /** How many calls the window has in flight. */
  inFlight(window: Window): number {
    return this.open.get(window)?.size ?? 0;
  }
}
