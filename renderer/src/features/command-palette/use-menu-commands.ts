import { useEffect, useLayoutEffect, useRef } from 'react';
import { PALETTE_COMMAND } from '../../../../shared/domain/menu-commands.js';
import { useCommands } from '../../app/commands.js';
import { useContract } from '../../contract/contract-context.js';
import { showNotice } from '../../ui/notices.js';
import { paletteMessages as m } from './messages.js';
import { closePalette, isPaletteOpen, togglePalette } from './palette-store.js';

/**
 * Runs what the application menu (Electron only) asks for, as the palette would: the command
 * registered under that id right now. One that does not apply here (no bucket open, nothing to
 * go back to) or would act behind an open dialog says so instead of doing something else.
 */
export function useMenuCommands(): void {
  const client = useContract();
  const commands = useCommands();
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });
  useEffect(
    () =>
      client.on('menu.command', ({ commandId }) => {
        const behindDialog = !isPaletteOpen() && document.querySelector('dialog[open]') !== null;
        if (behindDialog) {
          showNotice({ tone: 'error', text: m.menuBehindDialog });
          return;
        }
        if (commandId === PALETTE_COMMAND) {
          togglePalette();
          return;
        }
        const command = latest.current.find((offered) => offered.id === commandId);
        if (command === undefined) {
          showNotice({ tone: 'error', text: m.menuUnavailable });
          return;
        }
        closePalette();
        command.run();
      }),
    [client],
  );
}
