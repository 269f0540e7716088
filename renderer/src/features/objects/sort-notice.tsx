import { useLayoutEffect, useRef } from 'react';
import type { SortCoverage } from './page-loading.js';
import { sortMessages as m } from './sort-messages.js';
import './sort-notice.css';

interface SortNoticeProps {
  coverage: Exclude<SortCoverage, 'whole'>;
  /** Rows loaded so far, folders included. */
  loaded: number;
  onLoadAll: () => void;
  onStop: () => void;
  /** The notice goes once every page is in: focus on its button moves to the list. */
  onGone: () => void;
}

/**
 * Said above a list sorted in an order other than the server's while more pages exist:
 * sorting only what is loaded must not pass for the folder's order.
 */
export function SortNotice({ coverage, loaded, onLoadAll, onStop, onGone }: SortNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const latestOnGone = useRef(onGone);
  useLayoutEffect(() => {
    latestOnGone.current = onGone;
  });
  useLayoutEffect(() => {
    const notice = ref.current;
    // Runs before React removes the notice, while it can still tell whether it held the focus.
    return () => {
      if (notice?.contains(document.activeElement) === true) latestOnGone.current();
    };
  }, []);
  const loading = coverage === 'loadingAll';
  return (
    <div ref={ref} className="ol-sort-notice" role="group" aria-label={m.noticeLabel}>
      <p className="ol-sort-notice-text">
        {loading ? m.loadingAll(loaded) : m.sortedLoaded(loaded)}
      </p>
      {/* One button whose action changes, so the focus stays on it from Load all to Stop. */}
      <button type="button" className="button button-small" onClick={loading ? onStop : onLoadAll}>
        {loading ? m.stop : m.loadAll}
      </button>
    </div>
  );
}
