import { formatSize } from '../../lib/format-size.js';
import { messages } from './messages.js';

/** "1.5 MiB/s"; empty while there is no rate worth showing. */
export function formatSpeed(bytesPerSec: number | null): string {
  if (bytesPerSec === null || !Number.isFinite(bytesPerSec) || bytesPerSec <= 0) return '';
  return `${formatSize(Math.round(bytesPerSec))}/s`;
}

/**
 * Time left as people read it: seconds under a minute, then minutes (and
 * seconds below ten minutes), then hours and minutes. Empty when unknown.
 */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '';
  const { seconds: sec, minutes: min, hours: h } = messages.durationUnits;
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} ${sec}`;
  if (s < 600) {
    return s % 60 === 0 ? `${s / 60} ${min}` : `${Math.floor(s / 60)} ${min} ${s % 60} ${sec}`;
  }
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} ${min}`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 100) return `${hours} ${h}`;
  return minutes % 60 === 0 ? `${hours} ${h}` : `${hours} ${h} ${minutes % 60} ${min}`;
}

/** Whole percent for a progress bar; finished jobs are full even when they moved 0 bytes. */
export function percentDone(bytesDone: number, bytesTotal: number, finished: boolean): number {
  if (finished) return 100;
  if (bytesTotal <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((bytesDone / bytesTotal) * 100)));
}
