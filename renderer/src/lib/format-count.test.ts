import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n/locale-store.js';
import { formatCount } from './format-count.js';

describe('formatCount', () => {
  afterEach(() => localeStore().set('en'));

  it('groups digits in the language chosen at the time of formatting', () => {
    localeStore().set('en');
    expect(formatCount(1234567)).toBe('1,234,567');
    localeStore().set('zh-CN');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(3)).toBe('3');
  });
});
