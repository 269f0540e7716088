import type { ObjectAction } from '../../app/object-actions.js';

const GROUP_ORDER: readonly ObjectAction['group'][] = ['open', 'edit', 'share', 'danger'];

/** Menu entries by group in a fixed order, contribution order within a group; no empty groups. */
export function menuSections(actions: readonly ObjectAction[]): ObjectAction[][] {
  return GROUP_ORDER.map((group) => actions.filter((action) => action.group === group)).filter(
    (section) => section.length > 0,
  );
}
