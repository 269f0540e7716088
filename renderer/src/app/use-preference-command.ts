import { useMemo } from 'react';
import { useRegisterCommands } from './commands.js';
import type { Command } from './commands.js';
import { appMessages } from './messages.js';

interface PreferenceCommand<T extends string> {
  id: string;
  /** The two choices; the palette offers the one not in effect. */
  choices: readonly [T, T];
  current: T;
  /** The command's title for switching to `choice`, in the current language. */
  title: (choice: T) => string;
  keywords: readonly string[];
  set: (choice: T) => void;
}

/** A palette command under Preferences that switches a two-way setting to its other choice. */
export function usePreferenceCommand<T extends string>(command: PreferenceCommand<T>): void {
  const { id, choices, current, title, keywords, set } = command;
  const [first, second] = choices;
  const other = current === first ? second : first;
  const name = title(other);
  const commands = useMemo<Command[]>(
    () => [
      {
        id,
        title: name,
        group: appMessages.commandGroups.preferences,
        keywords,
        run: () => set(other),
      },
    ],
    [id, name, keywords, set, other],
  );
  useRegisterCommands(commands);
}
