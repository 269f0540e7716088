import { z } from 'zod';
import { isMenuCommandId } from '../../domain/menu-commands.js';

/** Electron only: the application menu asks the focused window to run one palette command. */
export const menuEvents = {
  'menu.command': z.object({
    commandId: z.string().refine(isMenuCommandId, 'Not a command the menu offers'),
  }),
} as const;
