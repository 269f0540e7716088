import { localized } from '../../../../i18n/localized.js';

const en = {
  intro:
    'Tags label the bucket with key/value pairs, e.g. for cost reports; applying replaces the whole set.',
  legend: 'Bucket tags',
};

export const taggingMessages = localized({
  en,
  'zh-CN': {
    intro: '标签以键值对标记存储桶，例如用于成本报表；应用时会替换整个标签集。',
    legend: '存储桶标签',
  },
});
