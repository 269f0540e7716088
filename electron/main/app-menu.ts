import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../shared/domain/menu-commands.js';
import type { MenuCommand, MenuSection } from '../../shared/domain/menu-commands.js';

export interface MenuActions {
  /** Asks `window` (the focused one, if any) to run the palette command `commandId`. */
  runCommand: (commandId: string, window: BaseWindow | undefined) => void;
  /** Opens the project's documentation in the default browser. */
  openDocs: () => void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools and a real reload, for unpackaged runs only. */
  developer: boolean;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

const pageOwnsKey = (command: MenuCommand, isMac: boolean): boolean =>
  command.pageKey === 'always' || (command.pageKey === 'offMac' && !isMac);

function commandItem(command: MenuCommand, isMac: boolean, actions: MenuActions): Item {
  const { accelerator } = command;
  const key =
    accelerator === undefined || typeof accelerator === 'string'
      ? accelerator
      : isMac
        ? accelerator.mac
        : accelerator.other;
  return {
    id: command.id,
    label: command.label,
    ...(key === undefined ? {} : { accelerator: key }),
    // Keys the page binds itself stay the page's: Electron would hand an unhandled press to
    // the menu as well (registerAccelerator is honoured off macOS; on macOS the page's
    // preventDefault keeps the key from the menu).
    ...(pageOwnsKey(command, isMac) ? { registerAccelerator: false } : {}),
    click: (_item, window) => actions.runCommand(command.id, window),
  };
}

function section(name: MenuSection, isMac: boolean, actions: MenuActions): Item[] {
  return MENU_COMMANDS.filter(
    (command) => command.section === name && !(isMac && command.id === 'host.about'),
  ).map((command) => commandItem(command, isMac, actions));
}

/**
 * The application menu: the platform's usual menus (roles Electron fills in) around the app's
 * own palette commands, each of which the focused window runs as if picked in the palette.
 */
export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): Item[] {
  const isMac = options.platform === 'darwin';
  // Alt+letter opens a menu off macOS; macOS menus have no mnemonics.
  const title = (name: string) => (isMac ? name : `&${name}`);
  const about = MENU_COMMANDS.find((command) => command.id === 'host.about');
  const appMenu: Item[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            ...(about === undefined ? [] : [commandItem(about, true, actions)]),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: Item = {
    label: title('File'),
    submenu: [...section('file', isMac, actions), separator, { role: isMac ? 'close' : 'quit' }],
  };
  const edit: Item = {
    label: title('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: Item = {
    label: title('View'),
    submenu: [
      ...section('view', isMac, actions),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      // The page's Refresh owns Ctrl+R; a page reload is a developer's tool, without a key.
      ...(options.developer
        ? ([
            separator,
            { role: 'forceReload', accelerator: '' },
            { role: 'toggleDevTools' },
          ] as Item[])
        : []),
    ],
  };
  const go: Item = { label: title('Go'), submenu: section('go', isMac, actions) };
  const windowMenu: Item = isMac
    ? { role: 'windowMenu' }
    : { label: title('Window'), submenu: [{ role: 'minimize' }, { role: 'close' }] };
  const help: Item = {
    role: 'help',
    label: title('Help'),
    submenu: [
      { id: 'help.docs', label: 'Holdall Documentation', click: () => actions.openDocs() },
      ...section('help', isMac, actions),
    ],
  };
  return [...appMenu, file, edit, view, go, windowMenu, help];
}
