import { localized } from '../../i18n/localized.js';

/** What Back, Forward, Up, Refresh and deep links say, in each language Holdall speaks. */
export const navigationMessages = localized({
  en: {
    barLabel: 'Navigation',
    back: 'Back',
    forward: 'Forward',
    up: 'Up',
    refresh: 'Refresh',
    backCommand: 'Go back',
    forwardCommand: 'Go forward',
    upCommand: 'Go up one level',
    refreshCommand: 'Refresh lists',
    connectionGone: 'The connection in this link no longer exists.',
    bucketGone: (bucket: string) =>
      `The bucket “${bucket}” no longer exists; showing its connection.`,
    folderGone: (folder: string, shown: string) =>
      shown === ''
        ? `The folder “${folder}” no longer exists; showing the top of the bucket.`
        : `The folder “${folder}” no longer exists; showing “${shown}”.`,
    dismiss: 'Dismiss',
  },
  'zh-CN': {
    barLabel: '导航',
    back: '后退',
    forward: '前进',
    up: '上一级',
    refresh: '刷新',
    backCommand: '后退',
    forwardCommand: '前进',
    upCommand: '转到上一级',
    refreshCommand: '刷新列表',
    connectionGone: '此链接中的连接已不存在。',
    bucketGone: (bucket: string) => `存储桶“${bucket}”已不存在，现显示其所在连接。`,
    folderGone: (folder: string, shown: string) =>
      shown === ''
        ? `文件夹“${folder}”已不存在，现显示存储桶顶层。`
        : `文件夹“${folder}”已不存在，现显示“${shown}”。`,
    dismiss: '关闭',
  },
});
