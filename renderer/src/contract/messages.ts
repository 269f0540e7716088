import { localized } from '../i18n/localized.js';

/** What the contract client says itself when there is no host error to pass on. */
export const contractMessages = localized({
  en: {
    lostContact: 'Lost contact with Holdall host',
    somethingWentWrong: 'Something went wrong',
  },
  'zh-CN': {
    lostContact: '与 Holdall 主机失去联系',
    somethingWentWrong: '出错了',
  },
});
