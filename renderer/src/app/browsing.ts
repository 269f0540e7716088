import { createContext, useContext } from 'react';
import type { ObjectActionTarget } from './object-actions.js';

/**
 * The bucket and folder being browsed and what is selected in it, or null when no bucket is
 * open. Provided by the shell, so toolbars, menus, the palette and side panels agree on it.
 */
export const BrowsingContext = createContext<ObjectActionTarget | null>(null);

export function useBrowsing(): ObjectActionTarget | null {
  return useContext(BrowsingContext);
}
