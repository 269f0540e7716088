import { createContext, useContext } from 'react';
import type { Selection } from '../../app/selection.js';
import type { MissingPart } from './nearest-place.js';

/** A link led to something gone: what was missing, and where it landed instead. */
export interface PlaceNotice {
  missing: MissingPart;
  landed: Selection | null;
}

/** Where the user is and how to move: provided by the app, used by bars, keys and the palette. */
export interface Navigation {
  current: Selection | null;
  /** The folder to select on arrival: the one just left when going up. */
  reveal: string | null;
  /** Counts moves by Back, Forward and Up, after which the list takes the focus. */
  historyMoves: number;
  canGoBack: boolean;
  canGoForward: boolean;
  canGoUp: boolean;
  /** A place a link named (at start, or edited into the address) not yet checked with the server. */
  linkToCheck: Selection | null;
  /** Shown while the user stays where a link that led to something gone landed. */
  notice: PlaceNotice | null;
  navigate: (to: Selection | null) => void;
  back: () => void;
  forward: () => void;
  up: () => void;
  /** The check of `link` found `missing`: land at `place` without a history entry, and say so. */
  settleLink: (link: Selection, place: Selection | null, missing: MissingPart | null) => void;
  dismissNotice: () => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (navigation === null) throw new Error('useNavigation: NavigationContext is missing above');
  return navigation;
}
