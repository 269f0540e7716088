import { storedSetting } from '../../lib/stored-setting.js';

/** What a double-click or Enter on a file does. */
export type OpenChoice = 'preview' | 'download';
export const openChoices: readonly OpenChoice[] = ['preview', 'download'];

const setting = storedSetting<OpenChoice>(
  'holdall.openFile',
  (stored) => (stored === 'download' ? 'download' : 'preview'),
  (choice) => choice,
);

export function openChoice(): OpenChoice {
  return setting.get();
}

export function setOpenChoice(choice: OpenChoice): void {
  setting.set(choice);
}

export function useOpenChoice(): OpenChoice {
  return setting.use();
}
