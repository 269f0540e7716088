import { useSyncExternalStore } from 'react';

/** A short message at the bottom of the window: "Copied", "Downloaded report.pdf". */
export interface Notice {
  id: number;
  text: string;
  tone: 'success' | 'error';
  /** A button beside the text (e.g. "Open"); such a notice stays until dismissed. */
  action?: { label: string; run: () => void };
}

/**
 * How long a notice without a button stays; one with a button waits for the person. Pointing
 * at the notices or focusing them holds them all (WCAG 2.2.1: time limits can be paused).
 */
export const NOTICE_MS = 6000;
const MAX_SHOWN = 4;

type Listener = () => void;

let notices: readonly Notice[] = [];
let nextId = 1;
let held = false;
const timers = new Map<number, number>();
const listeners = new Set<Listener>();

function change(next: readonly Notice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

export function dismissNotice(id: number): void {
  window.clearTimeout(timers.get(id));
  timers.delete(id);
  if (notices.some((notice) => notice.id === id)) {
    change(notices.filter((notice) => notice.id !== id));
  }
}

/** Shows a notice; the newest few stay, older ones make room. */
export function showNotice(notice: Omit<Notice, 'id'>): number {
  const id = nextId++;
  change([...notices, { ...notice, id }].slice(-MAX_SHOWN));
  if (notice.action === undefined && !held) expireLater(id);
  return id;
}

function expireLater(id: number): void {
  timers.set(
    id,
    window.setTimeout(() => dismissNotice(id), NOTICE_MS),
  );
}

/** While held (pointed at, focused), no notice expires; released, each gets its full time again. */
export function holdNotices(hold: boolean): void {
  if (hold === held) return;
  held = hold;
  for (const timer of timers.values()) window.clearTimeout(timer);
  timers.clear();
  if (!hold) {
    for (const notice of notices) if (notice.action === undefined) expireLater(notice.id);
  }
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notices,
  );
}
