import type { TransferState } from '../../../shared/domain/transfer-job.js';

export type TransferAction = 'pause' | 'resume' | 'cancel' | 'retry';

const moves: Readonly<Record<TransferState, readonly TransferState[]>> = {
  queued: ['running', 'paused', 'canceled', 'failed', 'succeeded'],
  running: ['succeeded', 'failed', 'paused', 'canceled'],
  paused: ['queued', 'canceled'],
  // Retry puts a failed job back in line.
  failed: ['queued', 'canceled'],
  succeeded: [],
  canceled: [],
};

export function canMove(from: TransferState, to: TransferState): boolean {
  return moves[from].includes(to);
}

export function isFinal(state: TransferState): boolean {
  return moves[state].length === 0;
}

/** Active jobs hold (or wait for) a slot and may have requests in flight. */
export function isActive(state: TransferState): boolean {
  return state === 'queued' || state === 'running';
}

/** The state an action leads to from `state`, or undefined when it does not apply. */
export function targetOf(action: TransferAction, state: TransferState): TransferState | undefined {
  const to: TransferState = {
    pause: 'paused' as const,
    resume: 'queued' as const,
    retry: 'queued' as const,
    cancel: 'canceled' as const,
  }[action];
  if (action === 'resume' && state !== 'paused') return undefined;
  if (action === 'retry' && state !== 'failed') return undefined;
  return canMove(state, to) ? to : undefined;
}
