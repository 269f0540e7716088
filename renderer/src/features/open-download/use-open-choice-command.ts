import { useMemo } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { openMessages as m } from './messages.js';
import { setOpenChoice, useOpenChoice } from './open-setting.js';

/** The palette switches "Double-click a file" to the choice not in effect. */
export function useOpenChoiceCommand(): void {
  const current = useOpenChoice();
  const commands = useMemo<Command[]>(() => {
    const other = current === 'preview' ? 'download' : 'preview';
    return [
      {
        id: 'objects.openChoice',
        title: m.openSettingCommand(m.openChoices[other]),
        group: appMessages.commandGroups.preferences,
        keywords: ['double', 'click', 'enter', 'open', 'preview', 'download', '双击'],
        run: () => setOpenChoice(other),
      },
    ];
  }, [current]);
  useRegisterCommands(commands);
}
