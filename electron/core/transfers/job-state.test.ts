import { describe, expect, it } from 'vitest';
import { transferStates } from '../../../shared/domain/transfer-job.js';
import { canMove, isActive, isFinal, targetOf } from './job-state.js';

describe('transfer job states', () => {
  it('finished jobs go nowhere', () => {
    for (const to of transferStates) {
      expect(canMove('succeeded', to)).toBe(false);
      expect(canMove('canceled', to)).toBe(false);
    }
    expect(isFinal('succeeded')).toBe(true);
    expect(isFinal('failed')).toBe(false);
  });

  it.each([
    ['pause', 'queued', 'paused'],
    ['pause', 'running', 'paused'],
    ['pause', 'paused', undefined],
    ['pause', 'failed', undefined],
    ['pause', 'succeeded', undefined],
    ['resume', 'paused', 'queued'],
    ['resume', 'failed', undefined],
    ['resume', 'running', undefined],
    ['retry', 'failed', 'queued'],
    ['retry', 'paused', undefined],
    ['retry', 'canceled', undefined],
    ['cancel', 'queued', 'canceled'],
    ['cancel', 'running', 'canceled'],
    ['cancel', 'paused', 'canceled'],
    ['cancel', 'failed', 'canceled'],
    ['cancel', 'succeeded', undefined],
    ['cancel', 'canceled', undefined],
  ] as const)('%s from %s → %s', (action, from, to) => {
    expect(targetOf(action, from)).toBe(to);
  });

  it('only queued and running jobs are active', () => {
    expect(transferStates.filter(isActive)).toEqual(['queued', 'running']);
  });
});
