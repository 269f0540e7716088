import { describe, expect, it } from 'vitest';
import { createLocaleStore, type LocaleEnvironment } from './locale-store.js';
import { pickLocale } from './locales.js';

function environment(saved: string | null, preferences: string[]) {
  const state = { saved, documentLang: '' };
  const env: LocaleEnvironment = {
    read: () => state.saved,
    write: (value) => {
      state.saved = value;
    },
    preferences: () => preferences,
    applyToDocument: (locale) => {
      state.documentLang = locale;
    },
  };
  return { env, state };
}

describe('language choice', () => {
  it('follows the system: any Chinese variant reads Simplified Chinese, others English', () => {
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale(['de'])).toBe('en');
  });

  it('prefers what the user chose over the system and remembers a new choice', () => {
    const { env, state } = environment('en', ['zh-CN']);
    const store = createLocaleStore(env);
    expect(store.get()).toBe('en');
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.set('zh-CN');
    expect(store.get()).toBe('zh-CN');
    expect(state.saved).toBe('zh-CN');
    expect(state.documentLang).toBe('zh-CN');
    expect(calls).toBe(1);
  });

  it('ignores a saved value that is not a language it speaks', () => {
    const { env } = environment('klingon', ['zh-Hans-CN']);
    expect(createLocaleStore(env).get()).toBe('zh-CN');
  });
});
