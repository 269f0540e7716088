import { useEffect, useState } from 'react';

const TICK_MS = 1_000;

/** The time, refreshed every second while `ticking`; still otherwise, so idle lists cost nothing. */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
