import { MAX_PRESIGN_SECONDS } from '../../../../shared/domain/presign-request.js';

export const expiryUnits = { minutes: 60, hours: 3600, days: 86_400 } as const;
export type ExpiryUnit = keyof typeof expiryUnits;

/** The presets the pickers offer, in seconds: 15 minutes, 1 hour, 1 day, 7 days. */
export const expiryPresets = [900, 3600, 86_400, MAX_PRESIGN_SECONDS] as const;

/** A preset's seconds, or 'custom' with an amount typed as text and a unit. */
export type ExpiryChoice =
  { kind: 'preset'; seconds: number } | { kind: 'custom'; amount: string; unit: ExpiryUnit };

export type ExpiryProblem = 'notNumber' | 'notPositive' | 'tooLong';

export type ExpiryResult = { seconds: number } | { problem: ExpiryProblem };

/** Seconds for the choice, or why it cannot be signed (SigV4 stops at 7 days). */
export function expirySeconds(choice: ExpiryChoice): ExpiryResult {
  if (choice.kind === 'preset') return { seconds: choice.seconds };
  const text = choice.amount.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return { problem: 'notNumber' };
  const seconds = Math.round(Number(text) * expiryUnits[choice.unit]);
  if (seconds < 1) return { problem: 'notPositive' };
  if (seconds > MAX_PRESIGN_SECONDS) return { problem: 'tooLong' };
  return { seconds };
}

/** A preset as an amount of the largest unit that divides it, for labels: 3600 → 1 hour. */
export function presetParts(seconds: number): { amount: number; unit: ExpiryUnit } {
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    if (seconds % expiryUnits[unit] === 0) return { amount: seconds / expiryUnits[unit], unit };
  }
  return { amount: seconds / 60, unit: 'minutes' };
}
