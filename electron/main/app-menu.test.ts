import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../shared/domain/menu-commands.js';
import { buildMenuTemplate } from './app-menu.js';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, developer = false) {
  const runCommand = vi.fn();
  const openDocs = vi.fn();
  const template = buildMenuTemplate(
    { platform, appName: 'Holdall', developer },
    { runCommand, openDocs },
  );
  return { template, runCommand, openDocs };
}

const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const labels = (template: Item[]) => template.map((item) => item.label ?? item.role);
function everyItem(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...everyItem(submenu(item))]);
}
const byId = (template: Item[], id: string) => everyItem(template).find((item) => item.id === id);
const roles = (item: Item | undefined) => submenu(item).map((child) => child.role);

describe('the application menu on macOS', () => {
  const { template } = build('darwin');

  it('starts with the app menu: About Holdall, Services, Hide, Hide Others, Show All, Quit', () => {
    expect(labels(template)).toEqual([
      'Holdall',
      'File',
      'Edit',
      'View',
      'Go',
      'windowMenu',
      'Help',
    ]);
    const app = submenu(template[0]);
    expect(app[0]).toMatchObject({ id: 'host.about', label: 'About Holdall' });
    expect(roles(template[0]).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
  });

  it('keeps About out of Help, where it sits on other platforms', () => {
    expect(submenu(template.at(-1)).map((item) => item.id)).toEqual(['help.docs']);
  });

  it("shows the Mac's own keys: ⌘R for Refresh, ⌘W closes the window from File", () => {
    expect(byId(template, 'navigation.refresh')?.accelerator).toBe('Cmd+R');
    // Finder's keys for Back and Up belong to the menu; the page keeps ⌥← for moving by word.
    expect(byId(template, 'navigation.back')).toMatchObject({ accelerator: 'Cmd+[' });
    expect(byId(template, 'navigation.back')?.registerAccelerator).toBeUndefined();
    expect(byId(template, 'navigation.up')?.accelerator).toBe('Cmd+Up');
    expect(roles(template[1])).toContain('close');
  });
});

describe('the application menu on Windows and Linux', () => {
  for (const platform of ['win32', 'linux'] as const) {
    const { template } = build(platform);
    it(`${platform}: no app menu; File, Edit, View, Go, Window, Help with Alt mnemonics`, () => {
      expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Go', '&Window', '&Help']);
      expect(roles(template[0])).toContain('quit');
      expect(roles(template[4])).toEqual(['minimize', 'close']);
      expect(submenu(template[5]).map((item) => item.id)).toEqual(['help.docs', 'host.about']);
      expect(byId(template, 'navigation.refresh')?.accelerator).toBe('F5');
      expect(byId(template, 'navigation.back')).toMatchObject({
        accelerator: 'Alt+Left',
        registerAccelerator: false,
      });
    });
  }
});

describe('every platform', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`${platform}: Edit holds the editing roles, View zoom and full screen`, () => {
      const { template } = build(platform);
      const edit = template.find((item) => item.label?.endsWith('Edit'));
      expect(roles(edit).filter(Boolean)).toEqual([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
      ]);
      const view = template.find((item) => item.label?.endsWith('View'));
      expect(roles(view).filter(Boolean)).toEqual([
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]);
    });

    it(`${platform}: offers every command of the shared table once, each running its own id`, () => {
      const { template, runCommand } = build(platform);
      const window = { id: 7 } as never;
      for (const command of MENU_COMMANDS) {
        const items = everyItem(template).filter((item) => item.id === command.id);
        expect(items, command.id).toHaveLength(1);
        items[0]?.click?.({} as never, window, {});
        expect(runCommand).toHaveBeenLastCalledWith(command.id, window);
      }
    });

    it(`${platform}: a key the page binds is shown but never registered, so one press runs once`, () => {
      const { template } = build(platform);
      for (const command of MENU_COMMANDS) {
        const item = byId(template, command.id);
        const pageOwns =
          command.pageKey === 'always' || (command.pageKey === 'offMac' && platform !== 'darwin');
        if (pageOwns) expect(item?.registerAccelerator, command.id).toBe(false);
        else expect(item?.registerAccelerator, command.id).toBeUndefined();
      }
      expect(byId(template, 'connections.create')?.accelerator).toBe('CmdOrCtrl+N');
      expect(byId(template, 'palette.toggle')?.accelerator).toBe('CmdOrCtrl+K');
    });

    it(`${platform}: Help opens the documentation; no reload or developer tools in a release`, () => {
      const { template, openDocs } = build(platform);
      byId(template, 'help.docs')?.click?.({} as never, undefined, {});
      expect(openDocs).toHaveBeenCalledOnce();
      const all = everyItem(template).map((item) => item.role);
      expect(all).not.toContain('reload');
      expect(all).not.toContain('forceReload');
      expect(all).not.toContain('toggleDevTools');
      expect(everyItem(build(platform, true).template).map((item) => item.role)).toContain(
        'toggleDevTools',
      );
    });
  }
});
