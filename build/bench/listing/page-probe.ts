// Runs inside the page, so it is plain JavaScript in a string: the Node-side tsconfig has no DOM
// types, and the app itself carries no benchmark code.

/** Installed before the app loads: long tasks, resource timings, and a watch for first rows. */
export const PROBE_SCRIPT = `(() => {
  const probe = { longTasks: [], firstRowsAt: null, firstRowsPaintAt: null };
  window.__listingProbe = probe;
  // A full scroll makes about 1,000 requests; the default buffer keeps 250.
  performance.setResourceTimingBufferSize(100000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // match '^=' watches for a row whose label starts so (a key heading that counts its versions).
  probe.watch = (label, match = '=') => {
    probe.firstRowsAt = null;
    probe.firstRowsPaintAt = null;
    const selector = '[role="row"][aria-label' + match + '"' + label + '"]';
    const observer = new MutationObserver(() => {
      if (probe.firstRowsAt !== null || document.querySelector(selector) === null) return;
      probe.firstRowsAt = performance.timeOrigin + performance.now();
      observer.disconnect();
      // The frame after the mutation is the one that shows it.
      requestAnimationFrame(() => setTimeout(() => {
        probe.firstRowsPaintAt = performance.timeOrigin + performance.now();
      }, 0));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  };
})();`;

export interface FirstRows {
  domAt: number;
  paintAt: number;
  /** responseEnd of the listing call that brought the rows, as epoch ms. */
  responseAt: number | undefined;
}

/** Read once the watched row is on screen; `channel` is the listing call that brings rows. */
export function firstRowsScript(channel: string): string {
  return `(() => {
  const p = window.__listingProbe;
  if (p.firstRowsPaintAt === null) return null;
  const lists = performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/api/invoke/${channel}'))
    .map((e) => performance.timeOrigin + e.responseEnd)
    .filter((t) => t <= p.firstRowsAt);
  return { domAt: p.firstRowsAt, paintAt: p.firstRowsPaintAt, responseAt: lists.length ? Math.max(...lists) : undefined };
})()`;
}

export interface ScrollResult {
  finished: boolean;
  ms: number;
  frames: number;
  maxDomRows: number;
  endDomRows: number;
  rowCount: string | null;
  longTasks: { start: number; duration: number }[];
  requests: number;
}

/**
 * Scrolls the list to its end in steps, one per frame, waiting at the bottom for pages
 * to arrive, until aria-rowcount is known and the last row is in view.
 */
export function scrollScript(stepPx: number, limitMs: number, gridLabel: string): string {
  return `(async () => {
    const p = window.__listingProbe;
    p.longTasks.length = 0;
    const requestsBefore = performance.getEntriesByType('resource').length;
    const grid = document.querySelector('[role="grid"][aria-label="${gridLabel}"]');
    const scroller = grid.querySelector('.ol-scroller');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const start = performance.now();
    let frames = 0;
    let maxDomRows = 0;
    let finished = false;
    while (performance.now() - start < ${limitMs}) {
      const known = grid.getAttribute('aria-rowcount') !== '-1';
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      if (known && atEnd) { finished = true; break; }
      scroller.scrollTop += ${stepPx};
      await frame();
      frames++;
      maxDomRows = Math.max(maxDomRows, grid.querySelectorAll('[role="row"]').length);
    }
    // Let the last rows and long-task entries land.
    await frame(); await frame();
    return {
      finished,
      ms: performance.now() - start,
      frames,
      maxDomRows,
      endDomRows: grid.querySelectorAll('[role="row"]').length,
      rowCount: grid.getAttribute('aria-rowcount'),
      longTasks: p.longTasks.slice(),
      requests: performance.getEntriesByType('resource').length - requestsBefore,
    };
  })()`;
}

export function domRowsScript(gridLabel: string): string {
  return `document.querySelectorAll('[role="grid"][aria-label="${gridLabel}"] [role="row"]').length`;
}
