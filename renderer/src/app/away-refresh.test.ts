import { describe, expect, it } from 'vitest';
import { AwayClock } from './away-refresh.js';

describe('AwayClock', () => {
  function clock() {
    let time = 0;
    return { away: new AwayClock(30_000, () => time), pass: (ms: number) => (time += ms) };
  }

  it('says to refresh after a long absence only', () => {
    const { away, pass } = clock();
    away.left();
    pass(29_999);
    expect(away.returned()).toBe(false);
    away.left();
    pass(30_000);
    expect(away.returned()).toBe(true);
  });

  it('counts from the first leave (blur and hide both arrive)', () => {
    const { away, pass } = clock();
    away.left();
    pass(20_000);
    away.left();
    pass(15_000);
    expect(away.returned()).toBe(true);
  });

  it('does not refresh on a focus without a leave, nor twice for one return', () => {
    const { away, pass } = clock();
    pass(60_000);
    expect(away.returned()).toBe(false);
    away.left();
    pass(60_000);
    expect(away.returned()).toBe(true);
    expect(away.returned()).toBe(false);
  });
});
