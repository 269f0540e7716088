import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Alt+Enter anywhere outside a dialog runs `run`, as "Properties" does in file managers.
 * Bound on the document so it works from the list, the toolbar and the breadcrumbs alike.
 */
export function useAltEnter(run: (() => void) | undefined): void {
  const latest = useRef(run);
  // Updated with the render's commit, so a key pressed right after a click sees its selection.
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey) return;
      const inDialog = event.target instanceof Element && event.target.closest('dialog') !== null;
      if (inDialog || latest.current === undefined) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
