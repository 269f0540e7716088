import { createContext, useContext } from 'react';

/** What is selected in the object list: whole objects by key and whole folders by prefix. */
export interface ObjectSelection {
  keys: string[];
  prefixes: string[];
}

export const NO_SELECTION: ObjectSelection = { keys: [], prefixes: [] };

/** Provided by the objects pane; anything rendered inside it reads the selection here. */
export const ObjectSelectionContext = createContext<ObjectSelection>(NO_SELECTION);

export function useObjectSelection(): ObjectSelection {
  return useContext(ObjectSelectionContext);
}

/** Row ids are "f:" + prefix for folders and "o:" + key for objects (see ListingView). */
export function selectionFromIds(ids: Iterable<string>): ObjectSelection {
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const id of ids) {
    if (id.startsWith('o:')) keys.push(id.slice(2));
    else if (id.startsWith('f:')) prefixes.push(id.slice(2));
  }
  return keys.length === 0 && prefixes.length === 0 ? NO_SELECTION : { keys, prefixes };
}
