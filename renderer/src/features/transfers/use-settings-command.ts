import { useMemo } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { messages } from './messages.js';

/** "Transfer settings…" in the palette opens the same dialog as the panel's button. */
export function useSettingsCommand(open: () => void) {
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'transfers.settings',
        title: messages.settingsCommand,
        group: appMessages.commandGroups.preferences,
        keywords: ['transfers', 'settings', 'bandwidth', 'limit', 'speed', '传输', '设置', '限速'],
        run: open,
      },
    ],
    [open],
  );
  useRegisterCommands(commands);
}
