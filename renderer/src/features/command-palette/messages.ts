import { localized } from '../../i18n/localized.js';

/** Every string the command palette shows, in each language Holdall speaks. */
export const paletteMessages = localized({
  en: {
    dialogLabel: 'Command palette',
    inputLabel: 'Command',
    placeholder: 'Type a command or a bucket name…',
    listLabel: 'Commands',
    noMatches: (text: string) => `No command matches “${text}”`,
    button: 'Commands',
    buttonTitle: (shortcut: string) => `Command palette (${shortcut})`,
    hint: '↑↓ to choose · Enter to run · Esc to close',
    menuUnavailable: 'That menu command does not apply here right now',
    menuBehindDialog: 'Finish or close the open dialog first',
  },
  'zh-CN': {
    dialogLabel: '命令面板',
    inputLabel: '命令',
    placeholder: '输入命令或存储桶名称…',
    listLabel: '命令',
    noMatches: (text: string) => `没有与“${text}”匹配的命令`,
    button: '命令',
    buttonTitle: (shortcut: string) => `命令面板（${shortcut}）`,
    hint: '↑↓ 选择 · 回车执行 · Esc 关闭',
    menuUnavailable: '该菜单命令此时不适用',
    menuBehindDialog: '请先完成或关闭当前对话框',
  },
});
