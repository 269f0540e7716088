import { useCallback, useEffect, useRef, useState } from 'react';
import { loadAllPages } from './page-loading.js';
import type { PageOutcome } from './page-loading.js';

export interface LoadAll {
  loading: boolean;
  start: () => void;
  stop: () => void;
}

/**
 * Load all: fetches the folder's remaining pages one after another until it ends, Stop is
 * pressed, a page fails (the list shows that page's error and Retry) or the list goes away.
 */
export function useLoadAll(fetchNext: () => Promise<PageOutcome>, hasNextPage: boolean): LoadAll {
  const [loading, setLoading] = useState(false);
  const stopped = useRef(false);
  const running = useRef(false);
  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );
  const start = useCallback(() => {
    stopped.current = false;
    setLoading(true);
    // Stopped while a page was still coming: the same run simply goes on.
    if (running.current) return;
    running.current = true;
    void loadAllPages(fetchNext, () => stopped.current, hasNextPage).finally(() => {
      running.current = false;
      setLoading(false);
    });
  }, [fetchNext, hasNextPage]);
  const stop = useCallback(() => {
    stopped.current = true;
    setLoading(false);
  }, []);
  return { loading, start, stop };
}
