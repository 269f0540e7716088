import type { TransferState } from '../../../../shared/domain/transfer-job.js';
import { isActive, isStalled } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';

/** What a row says it is doing: a job stopped on a question is waiting for the person, not running. */
export type ShownState = TransferState | 'waiting';

export function shownState(row: Pick<TransferRow, 'state' | 'conflict'>): ShownState {
  return isActive(row.state) && row.conflict !== null ? 'waiting' : row.state;
}

/**
 * The rate as shown. The host counts bytes as they enter a request, so a read-ahead burst
 * can briefly average above the bandwidth limit; nothing leaves faster than the limit, so the
 * shown rate stops there. Null when there is no rate worth showing.
 */
export function shownRate(bytesPerSec: number | null, limit: number | null): number | null {
  if (bytesPerSec === null || !Number.isFinite(bytesPerSec) || bytesPerSec <= 0) return null;
  return limit === null ? bytesPerSec : Math.min(bytesPerSec, limit);
}

/** Seconds left from what is left and the shown rate: a clipped rate means a longer wait. */
function secondsLeft(bytesLeft: number, bytesPerSec: number | null): number | null {
  if (bytesPerSec === null) return null;
  return Math.max(0, Math.ceil(Math.max(0, bytesLeft) / bytesPerSec));
}

/** A row's rate and time left, or nulls when it is not moving (waiting, stalled, stopped). */
export function rowSpeed(
  row: TransferRow,
  limit: number | null,
  now: number,
): { bytesPerSec: number | null; etaSeconds: number | null } {
  if (shownState(row) !== 'running' || isStalled(row, now))
    return { bytesPerSec: null, etaSeconds: null };
  const bytesPerSec = shownRate(row.rateBytesPerSec, limit);
  const clipped = bytesPerSec !== null && bytesPerSec !== row.rateBytesPerSec;
  return {
    bytesPerSec,
    etaSeconds: clipped ? secondsLeft(row.bytesTotal - row.bytesDone, bytesPerSec) : row.etaSeconds,
  };
}

export interface HeaderSummary {
  running: number;
  waiting: number;
  queued: number;
  paused: number;
  failed: number;
  /** The whole queue's shown rate: every job shares the one limit. */
  bytesPerSec: number | null;
  /** Until every running and queued job is through at that rate. */
  etaSeconds: number | null;
}

/** The panel header's one line, readable while the panel is collapsed. */
export function headerSummary(
  rows: readonly TransferRow[],
  limit: number | null,
  now: number,
): HeaderSummary {
  const summary: HeaderSummary = {
    running: 0,
    waiting: 0,
    queued: 0,
    paused: 0,
    failed: 0,
    bytesPerSec: null,
    etaSeconds: null,
  };
  let rate = 0;
  let bytesLeft = 0;
  for (const row of rows) {
    const state = shownState(row);
    if (state === 'running' || state === 'waiting' || state === 'queued') {
      summary[state]++;
      bytesLeft += Math.max(0, row.bytesTotal - row.bytesDone);
    } else if (state === 'paused' || state === 'failed') summary[state]++;
    rate += rowSpeed(row, null, now).bytesPerSec ?? 0;
  }
  summary.bytesPerSec = shownRate(rate, limit);
  summary.etaSeconds = secondsLeft(bytesLeft, summary.bytesPerSec);
  return summary;
}

/**
 * The panel's order: jobs that need the person (a question, a failure) on top, then the rest
 * newest first, since what was just dropped is what people look for.
 */
export function queueOrder(rows: readonly TransferRow[]): TransferRow[] {
  const newestFirst = [...rows].reverse();
  const needsYou = (row: TransferRow) => {
    const state = shownState(row);
    return state === 'waiting' || state === 'failed';
  };
  return [...newestFirst.filter(needsYou), ...newestFirst.filter((row) => !needsYou(row))];
}
