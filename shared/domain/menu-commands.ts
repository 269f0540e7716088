/** The palette is opened by its own key, not run as a palette command: the menu names it so. */
export const PALETTE_COMMAND = 'palette.toggle';

export type MenuSection = 'file' | 'view' | 'go' | 'help';

/** An Electron accelerator, or one per keyboard where the Mac's usual key differs. */
export type MenuAccelerator = string | { mac: string; other: string };

/** A palette command the application menu offers, with the key the menu shows for it. */
export interface MenuCommand {
  /** The palette command's id (see renderer/src/app/commands.ts). */
  id: string;
  /** The menu's label: the menu is built by main, before the page knows the language. */
  label: string;
  section: MenuSection;
  accelerator?: MenuAccelerator;
  /**
   * The page binds this key itself, in both hosts, and stops it there (preventDefault): the
   * menu only shows it. 'offMac' when the Mac's key is the menu's own (the page binds the
   * other keyboards' one, and lets ⌥← through in a text field, where it moves by word).
   */
  pageKey?: 'always' | 'offMac';
}

/** One table for the menu and the palette's keys: ids the renderer registers commands under. */
export const MENU_COMMANDS: readonly MenuCommand[] = [
  {
    id: 'connections.create',
    label: 'New Connection…',
    section: 'file',
    accelerator: 'CmdOrCtrl+N',
  },
  { id: 'buckets.create', label: 'New Bucket…', section: 'file' },
  {
    id: 'objects.newFolder',
    label: 'New Folder…',
    section: 'file',
    accelerator: 'CmdOrCtrl+Shift+N',
  },
  {
    id: 'transfers.settings',
    label: 'Transfer Settings…',
    section: 'file',
    accelerator: 'CmdOrCtrl+,',
  },
  {
    id: PALETTE_COMMAND,
    label: 'Command Palette…',
    section: 'view',
    accelerator: 'CmdOrCtrl+K',
    pageKey: 'always',
  },
  {
    id: 'navigation.refresh',
    label: 'Refresh',
    section: 'view',
    accelerator: { mac: 'Cmd+R', other: 'F5' },
    pageKey: 'always',
  },
  { id: 'transfers.toggle', label: 'Transfers Panel', section: 'view' },
  {
    id: 'navigation.back',
    label: 'Back',
    section: 'go',
    accelerator: { mac: 'Cmd+[', other: 'Alt+Left' },
    pageKey: 'offMac',
  },
  {
    id: 'navigation.forward',
    label: 'Forward',
    section: 'go',
    accelerator: { mac: 'Cmd+]', other: 'Alt+Right' },
    pageKey: 'offMac',
  },
  {
    id: 'navigation.up',
    label: 'Enclosing Folder',
    section: 'go',
    accelerator: { mac: 'Cmd+Up', other: 'Alt+Up' },
    pageKey: 'offMac',
  },
  { id: 'host.about', label: 'About Holdall', section: 'help' },
];

/** Whether `id` names a command the menu may ask the page to run (the event's allowlist). */
export function isMenuCommandId(id: string): boolean {
  return MENU_COMMANDS.some((command) => command.id === id);
}

const MAC_SYMBOLS: Record<string, string> = {
  cmdorctrl: '⌘',
  cmd: '⌘',
  command: '⌘',
  ctrl: '⌃',
  alt: '⌥',
  shift: '⇧',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
};
// The order a Mac writes modifiers in.
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];

/**
 * The key only the menu binds for `id`, as this keyboard writes it ("⇧⌘N", "Ctrl+Shift+N"), for
 * the palette to show in the desktop app. None for keys the page binds (it labels those itself).
 */
export function menuKeyLabel(id: string, isMac: boolean): string | undefined {
  const command = MENU_COMMANDS.find((candidate) => candidate.id === id);
  if (command?.accelerator === undefined) return undefined;
  if (command.pageKey === 'always' || (command.pageKey === 'offMac' && !isMac)) return undefined;
  const { accelerator } = command;
  const keys =
    typeof accelerator === 'string' ? accelerator : isMac ? accelerator.mac : accelerator.other;
  const parts = keys.split('+');
  if (!isMac) return parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl' : part)).join('+');
  const symbols = parts.map((part) => MAC_SYMBOLS[part.toLowerCase()] ?? part.toUpperCase());
  const key = symbols.pop() ?? '';
  return [...MAC_ORDER.filter((mod) => symbols.includes(mod)), key].join('');
}
