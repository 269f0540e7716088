import { localized } from '../../i18n/localized.js';

/** Every string the language switch shows, in each language Holdall speaks. */
export const languageMessages = localized({
  en: {
    label: 'Language',
    switchTo: (language: string) => `Switch language to ${language}`,
  },
  'zh-CN': {
    label: '语言',
    switchTo: (language: string) => `切换语言为 ${language}`,
  },
});
