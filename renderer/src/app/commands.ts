import { createContributionRegistry } from './contribution-registry.js';

/** Something the user can do from the command palette (Ctrl/Cmd+K). */
export interface Command {
  /** Stable and unique, e.g. `objects.rename`. */
  id: string;
  /** What the palette lists, in the current language. */
  title: string;
  /** Heading the palette groups it under, in the current language. */
  group: string;
  /** Shown beside the title, e.g. `F2`; the feature binds the key itself. */
  shortcut?: string;
  /** Extra words the palette matches on (e.g. English names while the UI shows Chinese). */
  keywords?: readonly string[];
  run: () => void;
}

const commands = createContributionRegistry<Command>('commands');

export const CommandProvider = commands.Provider;
/** Offers palette commands while the caller is mounted; pass a memoized array. */
export const useRegisterCommands = commands.useContribute;
/** Every command currently offered, for the palette. */
export const useCommands = commands.useContributions;
