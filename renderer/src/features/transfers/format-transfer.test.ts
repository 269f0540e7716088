import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../../i18n/locale-store.js';
import { formatEta, formatSpeed, percentDone } from './format-transfer.js';

describe('formatSpeed', () => {
  it('shows binary units per second', () => {
    expect(formatSpeed(512)).toBe('512 B/s');
    expect(formatSpeed(1536)).toBe('1.5 KiB/s');
    expect(formatSpeed(12.6 * 1024 * 1024)).toBe('12.6 MiB/s');
  });

  it('is empty for no, zero, negative or broken rates', () => {
    for (const rate of [null, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(formatSpeed(rate)).toBe('');
  });
});

describe('formatEta', () => {
  afterEach(() => localeStore().set('en'));

  it('counts seconds under a minute, rounding up', () => {
    expect(formatEta(0)).toBe('0 s');
    expect(formatEta(0.2)).toBe('1 s');
    expect(formatEta(59)).toBe('59 s');
  });

  it('shows minutes and seconds below ten minutes', () => {
    expect(formatEta(60)).toBe('1 min');
    expect(formatEta(125)).toBe('2 min 5 s');
    expect(formatEta(599)).toBe('9 min 59 s');
  });

  it('rounds to minutes, then hours and minutes', () => {
    expect(formatEta(600)).toBe('10 min');
    expect(formatEta(3599)).toBe('1 h');
    expect(formatEta(3600 + 30 * 60)).toBe('1 h 30 min');
    expect(formatEta(7200)).toBe('2 h');
    expect(formatEta(500 * 3600)).toBe('500 h');
  });

  it('speaks the chosen language', () => {
    localeStore().set('zh-CN');
    expect(formatEta(125)).toBe('2 分钟 5 秒');
    expect(formatEta(7260)).toBe('2 小时 1 分钟');
  });

  it('is empty when unknown', () => {
    expect(formatEta(null)).toBe('');
    expect(formatEta(-1)).toBe('');
    expect(formatEta(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('percentDone', () => {
  it('floors so 100 % means finished', () => {
    expect(percentDone(999, 1000, false)).toBe(99);
    expect(percentDone(1000, 1000, false)).toBe(100);
  });

  it('is 0 with an unknown total and 100 once finished', () => {
    expect(percentDone(5, 0, false)).toBe(0);
    expect(percentDone(0, 0, true)).toBe(100);
  });

  it('never leaves 0–100', () => {
    expect(percentDone(2000, 1000, false)).toBe(100);
    expect(percentDone(-1, 1000, false)).toBe(0);
  });
});
