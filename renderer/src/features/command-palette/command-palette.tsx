import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, SyntheticEvent } from 'react';
import type { Command } from '../../app/commands.js';
import { menuKeyLabel } from '../../../../shared/domain/menu-commands.js';
import { useCommands } from '../../app/commands.js';
import { useContract } from '../../contract/contract-context.js';
import { rememberFocus } from '../../ui/focus-return.js';
import { filterCommands } from './filter-commands.js';
import { paletteMessages as m } from './messages.js';
import { closePalette, isPaletteOpen, togglePalette, usePaletteOpen } from './palette-store.js';
import { isApplePlatform, isPaletteShortcut } from './shortcut.js';
import { useMenuCommands } from './use-menu-commands.js';
import './command-palette.css';

/**
 * Binds Ctrl/Cmd+K for the whole window, runs the application menu's commands, and shows the
 * palette while it is open.
 */
export function CommandPalette() {
  const open = usePaletteOpen();
  useMenuCommands();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      // Over another dialog, a command would act behind the question being asked.
      if (!isPaletteOpen() && document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      togglePalette();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <PaletteDialog /> : null;
}

/** Focus goes back where it was when the palette closes, whatever closed it. */
function useModalWithFocusReturn() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const focusReturn = rememberFocus();
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => {
      dialog?.close();
      focusReturn.restore();
    };
  }, []);
  return dialogRef;
}

function PaletteDialog() {
  const commands = useCommands();
  // In the desktop app the menu's own keys run these commands too: the palette shows them.
  const menuKeys = useContract().host === 'electron';
  const shortcutOf = (command: Command) =>
    command.shortcut ?? (menuKeys ? menuKeyLabel(command.id, isApplePlatform()) : undefined);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialogRef = useModalWithFocusReturn();
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const groups = useMemo(() => filterCommands(commands, query), [commands, query]);
  const flat = groups.flatMap((group) => group.commands);
  const activeIndex = Math.min(active, flat.length - 1);

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  const run = (command: Command) => {
    closePalette();
    command.run();
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && flat.length > 0) {
      event.preventDefault();
      setActive((activeIndex + step + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = flat[activeIndex];
      if (command !== undefined) run(command);
    }
  };

  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault(); // React unmounts it; the browser closing it first would lose focus.
    closePalette();
  };

  let index = -1;
  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label={m.dialogLabel}
      onCancel={onCancel}
      onClick={(event) => {
        if (event.target === event.currentTarget) closePalette(); // a click on the backdrop
      }}
    >
      <div className="palette-body">
        <input
          className="palette-input"
          type="text"
          role="combobox"
          aria-label={m.inputLabel}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={m.placeholder}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label={m.listLabel} className="palette-list">
          {groups.map((group, groupIndex) => (
            <div key={group.group} role="group" aria-labelledby={`${id}-group-${groupIndex}`}>
              <div id={`${id}-group-${groupIndex}`} role="presentation" className="palette-group">
                {group.group}
              </div>
              {group.commands.map((command) => {
                index += 1;
                const at = index;
                return (
                  <div
                    key={command.id}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === activeIndex}
                    className="palette-option"
                    onMouseMove={() => setActive(at)}
                    onClick={() => run(command)}
                  >
                    <span className="palette-title">{command.title}</span>
                    {shortcutOf(command) !== undefined && (
                      <kbd className="palette-shortcut">{shortcutOf(command)}</kbd>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {flat.length === 0 && (
          <p className="palette-empty" role="status">
            {m.noMatches(query.trim())}
          </p>
        )}
        <p className="palette-hint" aria-hidden="true">
          {m.hint}
        </p>
      </div>
    </dialog>
  );
}
