const BASE_MS = 500;
const MAX_MS = 15_000;

/**
 * Delay before reconnect attempt `attempt` (0-based): doubling, capped, with
 * jitter so several windows do not hammer a restarting host in step.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
