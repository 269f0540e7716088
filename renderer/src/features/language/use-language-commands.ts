import { useMemo } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { localeNames, locales } from '../../i18n/locales.js';
import { setLocale, useLocale } from '../../i18n/use-locale.js';
import { languageMessages as m } from './messages.js';

/** "Switch language to …" for every language but the current one, findable in any of them. */
export function useLanguageCommands(): void {
  const locale = useLocale();
  const commands = useMemo<Command[]>(
    () =>
      locales
        .filter((option) => option !== locale)
        .map((option) => ({
          id: `language.${option}`,
          title: m.switchTo(localeNames[option]),
          group: appMessages.commandGroups.preferences,
          keywords: ['switch language', 'language', '语言', '切换语言', option],
          run: () => setLocale(option),
        })),
    [locale],
  );
  useRegisterCommands(commands);
}
