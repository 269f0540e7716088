import { localized } from '../../i18n/localized.js';

/** The Electron host's native file actions: "Download as…" and dragging files out. */
const en = {
  downloadAs: 'Download as…',
  downloadAsCommand: 'Download the file as… (choose its name and folder)',
  downloadAsFailed: (why: string) => `Could not download: ${why}`,
  dragOutFailed: (why: string) => `Could not drag the files out: ${why}`,
  dragOutFolders: 'Folders cannot be dragged out yet: download them with “Download…”.',
};

export const nativeFileMessages = localized({
  en,
  'zh-CN': {
    downloadAs: '另存为…',
    downloadAsCommand: '将文件另存为…（选择名称和文件夹）',
    downloadAsFailed: (why: string) => `无法下载：${why}`,
    dragOutFailed: (why: string) => `无法拖出文件：${why}`,
    dragOutFolders: '暂不能拖出文件夹：请用“下载…”下载。',
  },
});
