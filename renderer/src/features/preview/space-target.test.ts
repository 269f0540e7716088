import { describe, expect, it } from 'vitest';
import type { ObjectActionTarget } from '../../app/object-actions.js';
import { spaceTarget } from './space-target.js';

const browsing: ObjectActionTarget = {
  profileId: 'p-123456',
  bucket: 'photos',
  prefix: 'trips/',
  selection: { keys: [], prefixes: [] },
};

function row(label: string, inGrid = true, inDialog = false) {
  return {
    getAttribute: (name: string) =>
      name === 'role' ? 'row' : name === 'aria-label' ? label : null,
    closest: (selector: string) =>
      (selector.includes('grid') && inGrid) || (selector === 'dialog' && inDialog) ? {} : null,
  };
}

function space(target: unknown, extra: Partial<KeyboardEventInit> = {}) {
  return {
    key: ' ',
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    defaultPrevented: false,
    ...extra,
    target: target as EventTarget,
  };
}

describe('spaceTarget', () => {
  it('previews the focused file row of the folder', () => {
    expect(spaceTarget(space(row('beach.png')), browsing)).toBe('trips/beach.png');
  });

  it('leaves folders, modified Space, other keys and other elements alone', () => {
    expect(spaceTarget(space(row('2024/')), browsing)).toBeNull();
    expect(spaceTarget(space(row('beach.png'), { ctrlKey: true }), browsing)).toBeNull();
    expect(spaceTarget({ ...space(row('beach.png')), key: 'Enter' }, browsing)).toBeNull();
    expect(spaceTarget(space(row('beach.png', false)), browsing)).toBeNull();
    expect(spaceTarget(space(row('beach.png', true, true)), browsing)).toBeNull();
    expect(spaceTarget(space(null), browsing)).toBeNull();
  });
});
