import { useMemo } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { messages } from './messages.js';

/** "Show activity" or "Hide activity" in the palette, whichever the panel is not. */
export function useTransfersCommand(expanded: boolean, setExpanded: (value: boolean) => void) {
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'transfers.toggle',
        title: expanded ? messages.hide : messages.show,
        group: appMessages.commandGroups.view,
        keywords: [
          'activity',
          'transfers',
          'tasks',
          'panel',
          'queue',
          'uploads',
          'downloads',
          '活动',
          '传输',
          '队列',
        ],
        run: () => setExpanded(!expanded),
      },
    ],
    [expanded, setExpanded],
  );
  useRegisterCommands(commands);
}
