import { useSyncExternalStore } from 'react';

/** The browser host's address parameter standing in for a `holdall://connect?…` link. */
export const CONNECT_PARAM = 'connect';

let pending: string | null = null;
const listeners = new Set<() => void>();

function set(link: string | null): void {
  pending = link;
  for (const listener of listeners) listener();
}

/** A link the host was handed (Electron's protocol handler, the address's `?connect=`). */
export function openConnectLink(link: string): void {
  set(link);
}

export function dismissConnectLink(): void {
  set(null);
}

/**
 * Takes `?connect=<link>` out of the address once at start, so a reload does not open the form
 * again, and holds it as the pending link.
 */
export function takeConnectLinkFromAddress(): void {
  const url = new URL(window.location.href);
  const link = url.searchParams.get(CONNECT_PARAM);
  if (link === null) return;
  url.searchParams.delete(CONNECT_PARAM);
  window.history.replaceState(window.history.state, '', url.toString());
  set(link);
}

export function usePendingConnectLink(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
