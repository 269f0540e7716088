import { focusManager } from '@tanstack/react-query';

/** Coming back after longer than this refreshes the lists shown. */
export const AWAY_REFRESH_MS = 30_000;

/** Notes when the window was left and says, on return, whether that was long enough ago. */
export class AwayClock {
  private leftAt: number | null = null;

  constructor(
    private readonly awayMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  left(): void {
    this.leftAt ??= this.now();
  }

  /** Whether the person was away long enough for the lists to be worth asking for again. */
  returned(): boolean {
    const leftAt = this.leftAt;
    this.leftAt = null;
    return leftAt !== null && this.now() - leftAt >= this.awayMs;
  }
}

/**
 * TanStack Query refetches queries marked `refetchOnWindowFocus` when told the window gained
 * focus. A desktop window gains focus all day, so it is told only on a return after a while
 * away; the lists that opt in (buckets, objects) then ask the server again, keeping what is
 * shown until the answer arrives.
 */
export function refreshOnReturn(awayMs = AWAY_REFRESH_MS): void {
  focusManager.setEventListener((handleFocus) => {
    const clock = new AwayClock(awayMs);
    const onLeave = () => clock.left();
    const onReturn = () => {
      if (document.visibilityState === 'hidden') return;
      if (clock.returned()) handleFocus();
    };
    const onVisibility = () => (document.visibilityState === 'hidden' ? onLeave() : onReturn());
    window.addEventListener('blur', onLeave);
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onLeave);
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  });
}
