import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from './locale-store.js';
import { localized } from './localized.js';

const m = localized({
  en: { title: 'Objects', count: (n: number) => `${n} items`, nested: { ok: 'OK' } },
  'zh-CN': { title: '对象', count: (n: number) => `${n} 项`, nested: { ok: '确定' } },
});

describe('localized messages', () => {
  afterEach(() => localeStore().set('en'));

  it('answers in the language chosen at the time of reading', () => {
    expect(m.title).toBe('Objects');
    expect(m.count(3)).toBe('3 items');
    localeStore().set('zh-CN');
    expect(m.title).toBe('对象');
    expect(m.count(3)).toBe('3 项');
    expect(m.nested.ok).toBe('确定');
  });
});
