import { backoffDelay } from './backoff.js';

/** The slice of WebSocket this module uses, so tests can hand in a fake. */
export interface SocketLike {
  onopen: ((this: never, ev: Event) => unknown) | null;
  onmessage: ((this: never, ev: MessageEvent) => unknown) | null;
  onclose: ((this: never, ev: CloseEvent) => unknown) | null;
  close(): void;
}

export interface EventStreamOptions {
  url: string;
  createSocket(url: string): SocketLike;
  /** Returns a function that cancels the timer. */
  schedule(run: () => void, delayMs: number): () => void;
  random?: () => number;
}

/** Properties rather than methods: `on` is handed around detached from the stream. */
export interface EventStream {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
  /** Called after the socket comes back: events sent while it was down are lost. */
  onReconnect: (listener: () => void) => () => void;
  close: () => void;
}

type Listener = (payload: unknown) => void;

function readMessage(data: unknown): { event: string; payload: unknown } | undefined {
  if (typeof data !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('event' in parsed)) return undefined;
  const { event } = parsed;
  if (typeof event !== 'string') return undefined;
  return { event, payload: 'payload' in parsed ? parsed.payload : undefined };
}

/**
 * One WebSocket for all host events, opened on the first subscription and
 * reopened with backoff whenever it drops (host restart, laptop sleep).
 */
export function createEventStream(options: EventStreamOptions): EventStream {
  const listeners = new Map<string, Set<Listener>>();
  const reconnectListeners = new Set<() => void>();
  let everOpened = false;
  let socket: SocketLike | undefined;
  let cancelRetry: (() => void) | undefined;
  let attempt = 0;
  let closed = false;

  const dispatch = (event: string, payload: unknown): void => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (err) {
        // One broken listener must not starve the others.
        console.error(`Listener for "${event}" failed`, err);
      }
    }
  };

  const connect = (): void => {
    cancelRetry = undefined;
    if (closed) return;
    const current = options.createSocket(options.url);
    socket = current;
    current.onopen = () => {
      attempt = 0;
      if (everOpened) for (const listener of reconnectListeners) listener();
      everOpened = true;
    };
    current.onmessage = (ev) => {
      const message = readMessage(ev.data);
      if (message !== undefined) dispatch(message.event, message.payload);
    };
    current.onclose = () => {
      if (socket !== current) return;
      socket = undefined;
      if (closed) return;
      cancelRetry = options.schedule(connect, backoffDelay(attempt, options.random));
      attempt += 1;
    };
  };

  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (set === undefined) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      if (socket === undefined && cancelRetry === undefined) connect();
      return () => {
        set.delete(listener);
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },
    close() {
      closed = true;
      cancelRetry?.();
      cancelRetry = undefined;
      const current = socket;
      socket = undefined;
      current?.close();
    },
  };
}
