import { localized } from '../../i18n/localized.js';

const en = {
  key: 'Key',
  value: 'Value',
  keyOf: (n: number) => `Key of tag ${n}`,
  valueOf: (n: number) => `Value of tag ${n}`,
  remove: (key: string) => (key === '' ? 'Remove this tag' : `Remove tag ${key}`),
  add: 'Add tag',
  none: 'No tags.',
  count: (used: number, max: number) => `${used} of at most ${max} tags`,
  limits: (keyMax: number, valueMax: number) =>
    `Keys 1–${keyMax} characters, unique, not starting with "aws:"; values up to ${valueMax}.`,
};

/** A tag set's editor, shared by bucket tags and object tags. */
export const tagMessages = localized({
  en,
  'zh-CN': {
    key: '键',
    value: '值',
    keyOf: (n: number) => `标签 ${n} 的键`,
    valueOf: (n: number) => `标签 ${n} 的值`,
    remove: (key: string) => (key === '' ? '删除此标签' : `删除标签 ${key}`),
    add: '添加标签',
    none: '没有标签。',
    count: (used: number, max: number) => `${used} 个标签，最多 ${max} 个`,
    limits: (keyMax: number, valueMax: number) =>
      `键为 1–${keyMax} 个字符，不能重复，不能以“aws:”开头；值最多 ${valueMax} 个字符。`,
  },
});
