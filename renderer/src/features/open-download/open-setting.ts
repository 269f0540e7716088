import { windowSetting } from '../../lib/window-setting.js';

/** What a double-click or Enter on a file does. */
export type OpenChoice = 'preview' | 'download';
export const openChoices: readonly OpenChoice[] = ['preview', 'download'];

// Kept in this window's storage like the language and the transfers panel's state.
const setting = windowSetting<OpenChoice>('holdall.openFile', openChoices, 'preview');

export const openChoice = setting.get;
export const setOpenChoice = setting.set;
export const useOpenChoice = setting.use;
