import { describe, expect, it } from 'vitest';
import type { ObjectAction } from '../../app/object-actions.js';
import { menuSections } from './menu-sections.js';

const action = (id: string, group: ObjectAction['group']): ObjectAction => ({
  id,
  label: id,
  group,
  enabled: () => true,
  run: () => undefined,
});

describe('menuSections', () => {
  it('orders groups open, edit, share, danger and keeps contribution order inside each', () => {
    const sections = menuSections([
      action('delete', 'danger'),
      action('share', 'share'),
      action('rename', 'edit'),
      action('preview', 'open'),
      action('move', 'edit'),
    ]);
    expect(sections.map((section) => section.map((a) => a.id))).toEqual([
      ['preview'],
      ['rename', 'move'],
      ['share'],
      ['delete'],
    ]);
  });

  it('leaves out groups nobody contributed to, so no separator stands alone', () => {
    const sections = menuSections([action('delete', 'danger'), action('rename', 'edit')]);
    expect(sections.map((section) => section.map((a) => a.id))).toEqual([['rename'], ['delete']]);
  });

  it('gives no sections for no actions', () => {
    expect(menuSections([])).toEqual([]);
  });
});
