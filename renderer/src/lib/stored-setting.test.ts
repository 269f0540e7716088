import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedChoice } from './stored-setting.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    store,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storedChoice', () => {
  it('starts from the stored value, or the default when none or a strange one is stored', () => {
    vi.stubGlobal('localStorage', memoryStorage({ kept: 'skip', odd: 'format-disk' }));
    const values = ['ask', 'skip'] as const;
    expect(storedChoice('kept', values, 'ask').get()).toBe('skip');
    expect(storedChoice('odd', values, 'ask').get()).toBe('ask');
    expect(storedChoice('missing', values, 'ask').get()).toBe('ask');
  });

  it('remembers a change in storage, and still holds it when storage is refused', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const setting = storedChoice('choice', ['ask', 'skip'] as const, 'ask');
    setting.set('skip');
    expect(storage.store.get('choice')).toBe('skip');
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    const refused = storedChoice('choice', ['ask', 'skip'] as const, 'ask');
    expect(refused.get()).toBe('ask');
    refused.set('skip');
    expect(refused.get()).toBe('skip');
  });
});
