import { useMemo, useState } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { AboutDialog } from './about-dialog.js';
import { hostMessages as m } from './messages.js';

/** About Holdall from the sidebar's foot and the palette; where the storage warning lives. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'host.about',
        title: m.aboutCommand,
        group: appMessages.commandGroups.preferences,
        keywords: ['about', 'version', 'secrets', 'keychain', '关于', '版本', '密钥'],
        run: () => setOpen(true),
      },
    ],
    [],
  );
  useRegisterCommands(commands);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {m.about}
      </button>
      {open && <AboutDialog onClose={() => setOpen(false)} />}
    </>
  );
}
