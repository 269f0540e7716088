import { useMemo } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { messages } from './messages.js';

/** "Show transfers" or "Hide transfers" in the palette, whichever the panel is not. */
export function useTransfersCommand(expanded: boolean, setExpanded: (value: boolean) => void) {
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'transfers.toggle',
        title: expanded ? messages.hide : messages.show,
        group: appMessages.commandGroups.view,
        keywords: ['transfers', 'panel', 'queue', 'uploads', 'downloads', '传输', '队列'],
        run: () => setExpanded(!expanded),
      },
    ],
    [expanded, setExpanded],
  );
  useRegisterCommands(commands);
}
