import { useSyncExternalStore } from 'react';

/**
 * Work the renderer does before the host knows about an upload (sending
 * dropped files to the browser host's spool), and messages about uploads or
 * downloads that produced no job. Lives outside React Query because it is
 * not host state: it exists only in this window.
 */
export interface Activity {
  id: string;
  title: string;
  bytesSent: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
  /** Set when the work stopped; the row then stays until dismissed. */
  error: string | null;
  /** Extra lines under the title (refused names and their reasons). */
  details: string[];
  /** Null once it cannot be canceled any more (or never could). */
  cancel: (() => void) | null;
}

export function addActivity(list: readonly Activity[], activity: Activity): Activity[] {
  return [...list.filter((a) => a.id !== activity.id), activity];
}

export function updateActivity(
  list: readonly Activity[],
  id: string,
  patch: Partial<Omit<Activity, 'id'>>,
): Activity[] {
  return list.map((a) => (a.id === id ? { ...a, ...patch } : a));
}

export function removeActivity(list: readonly Activity[], id: string): Activity[] {
  return list.filter((a) => a.id !== id);
}

// Function-valued properties, not methods: React calls get and subscribe detached.
export interface ActivityStore {
  get: () => readonly Activity[];
  subscribe: (listener: () => void) => () => void;
  change: (update: (list: readonly Activity[]) => Activity[]) => void;
}

export function createActivityStore(): ActivityStore {
  let list: readonly Activity[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => list,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change: (update) => {
      list = update(list);
      for (const listener of listeners) listener();
    },
  };
}

/**
 * One per window: drops happen in the object list, their progress shows in the
 * transfers panel, and the shell (not ours to edit) gives them no common parent
 * to hold a context.
 */
export const uploadActivity = createActivityStore();

export function useUploadActivity(): readonly Activity[] {
  return useSyncExternalStore(uploadActivity.subscribe, uploadActivity.get);
}

let counter = 0;
export function activityId(): string {
  counter += 1;
  return `activity-${counter}`;
}

/** A message with no progress: nothing to upload, names refused, an enqueue that failed. */
export function notice(title: string, error: string | null, details: string[] = []): Activity {
  return {
    id: activityId(),
    title,
    bytesSent: 0,
    bytesTotal: 0,
    filesDone: 0,
    filesTotal: 0,
    error,
    details,
    cancel: null,
  };
}
