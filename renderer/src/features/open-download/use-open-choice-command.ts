import { usePreferenceCommand } from '../../app/use-preference-command.js';
import { openMessages as m } from './messages.js';
import { setOpenChoice, useOpenChoice } from './open-setting.js';

const KEYWORDS = ['double', 'click', 'enter', 'open', 'preview', 'download', '双击'];

/** The palette switches "Double-click a file" to the choice not in effect. */
export function useOpenChoiceCommand(): void {
  usePreferenceCommand({
    id: 'objects.openChoice',
    choices: ['preview', 'download'],
    current: useOpenChoice(),
    title: (choice) => m.openSettingCommand(m.openChoices[choice]),
    keywords: KEYWORDS,
    set: setOpenChoice,
  });
}
