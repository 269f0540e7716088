import { describe, expect, it } from 'vitest';
import { isMenuCommandId, MENU_COMMANDS, menuKeyLabel } from './menu-commands.js';

describe('the menu commands table', () => {
  it('names each command once', () => {
    const ids = MENU_COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(isMenuCommandId('objects.newFolder')).toBe(true);
    expect(isMenuCommandId('objects.delete')).toBe(false);
  });

  it('labels the keys only the menu binds as each keyboard writes them', () => {
    expect(menuKeyLabel('objects.newFolder', false)).toBe('Ctrl+Shift+N');
    expect(menuKeyLabel('objects.newFolder', true)).toBe('⇧⌘N');
    expect(menuKeyLabel('transfers.settings', true)).toBe('⌘,');
    expect(menuKeyLabel('navigation.back', true)).toBe('⌘[');
    expect(menuKeyLabel('navigation.up', true)).toBe('⌘↑');
  });

  it('leaves keys the page binds, and commands without a key, to the page', () => {
    expect(menuKeyLabel('navigation.back', false)).toBeUndefined();
    expect(menuKeyLabel('navigation.refresh', true)).toBeUndefined();
    expect(menuKeyLabel('palette.toggle', false)).toBeUndefined();
    expect(menuKeyLabel('buckets.create', false)).toBeUndefined();
    expect(menuKeyLabel('no.such', false)).toBeUndefined();
  });
});
