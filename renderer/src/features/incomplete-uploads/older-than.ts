import type { UploadRow } from '../../../../shared/domain/multipart-upload.js';

const DAY_MS = 24 * 3600 * 1000;

/** Days since the upload started, or null when the server did not say. */
export function ageInDays(initiated: string | null, now: number): number | null {
  if (initiated === null) return null;
  const started = Date.parse(initiated);
  return Number.isFinite(started) ? Math.max(0, (now - started) / DAY_MS) : null;
}

/** Uploads started strictly more than `days` days ago; an unknown start is never "old". */
export function uploadsOlderThan(
  uploads: readonly UploadRow[],
  days: number,
  now: number,
): UploadRow[] {
  return uploads.filter((upload) => {
    const age = ageInDays(upload.initiated, now);
    return age !== null && age > days;
  });
}

/** The days field as a number, or null while it is not a whole number of days ≥ 0. */
export function parseDays(text: string): number | null {
  if (!/^\d{1,5}$/.test(text.trim())) return null;
  return Number(text.trim());
}
