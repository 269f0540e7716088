import { localized } from '../i18n/localized.js';

/** What the shell itself says, and the palette headings features file their commands under. */
export const appMessages = localized({
  en: {
    chooseBucket: 'Choose a bucket',
    starting: 'Starting Holdall…',
    commandGroups: {
      goTo: 'Go to',
      create: 'Create',
      view: 'View',
      preferences: 'Preferences',
    },
  },
  'zh-CN': {
    chooseBucket: '请选择一个存储桶',
    starting: '正在启动 Holdall…',
    commandGroups: {
      goTo: '转到',
      create: '新建',
      view: '视图',
      preferences: '偏好设置',
    },
  },
});
