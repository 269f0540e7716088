import type { ObjectSelection } from '../features/objects/selection.js';
import { createContributionRegistry } from './contribution-registry.js';

/** Where an object action applies: the folder being browsed and what is selected in it. */
export interface ObjectActionTarget {
  profileId: string;
  bucket: string;
  /** The folder shown, '' at the bucket's root. */
  prefix: string;
  selection: ObjectSelection;
}

/**
 * An entry of the object list's context menu and toolbar menu. Features contribute them
 * (rename, properties, share link, preview…) without the list knowing each feature.
 */
export interface ObjectAction {
  /** Stable and unique, e.g. `objects.properties`. */
  id: string;
  /** In the current language. */
  label: string;
  /** Shown beside the label, e.g. `F2`; the feature binds the key itself. */
  shortcut?: string;
  /**
   * The palette offers every action that applies to what is browsed and selected; this is its
   * title there when the menu's label needs more words out of context.
   */
  commandTitle?: string;
  /** Extra words the palette matches on. */
  keywords?: readonly string[];
  /** Menus list actions by group, then in contribution order; a separator between groups. */
  group: 'open' | 'edit' | 'share' | 'danger';
  /** Whether it applies to this target (e.g. exactly one object selected). */
  enabled: (target: ObjectActionTarget) => boolean;
  run: (target: ObjectActionTarget) => void;
}

const objectActions = createContributionRegistry<ObjectAction>('object actions');

export const ObjectActionProvider = objectActions.Provider;
/** Offers object menu entries while the caller is mounted; pass a memoized array. */
export const useRegisterObjectActions = objectActions.useContribute;
/** Every entry currently offered, for the menus. */
export const useObjectActions = objectActions.useContributions;
