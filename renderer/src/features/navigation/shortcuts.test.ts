import { describe, expect, it } from 'vitest';
import { mouseNavigation, navigationKey } from './shortcuts.js';

const press = (
  key: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) =>
  navigationKey({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('navigation keys', () => {
  it('refresh on F5, Ctrl+R and ⌘R', () => {
    expect(press('F5')).toBe('refresh');
    expect(press('r', { ctrlKey: true })).toBe('refresh');
    expect(press('R', { ctrlKey: true })).toBe('refresh');
    expect(press('r', { metaKey: true })).toBe('refresh');
  });

  it('go back, forward and up with Alt and an arrow', () => {
    expect(press('ArrowLeft', { altKey: true })).toBe('back');
    expect(press('ArrowRight', { altKey: true })).toBe('forward');
    expect(press('ArrowUp', { altKey: true })).toBe('up');
  });

  it('leave other keys alone', () => {
    expect(press('r')).toBeNull();
    expect(press('ArrowLeft')).toBeNull();
    expect(press('ArrowDown', { altKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true, ctrlKey: true })).toBeNull();
    expect(press('F5', { ctrlKey: true })).toBeNull();
    expect(press('r', { ctrlKey: true, shiftKey: true })).toBeNull();
  });

  it('go back and forward with the mouse side buttons', () => {
    expect(mouseNavigation(3)).toBe('back');
    expect(mouseNavigation(4)).toBe('forward');
    expect(mouseNavigation(0)).toBeNull();
    expect(mouseNavigation(2)).toBeNull();
  });
});
