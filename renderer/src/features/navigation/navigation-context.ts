import { createContext, useContext } from 'react';
import type { Selection } from '../../app/selection.js';

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
  navigate: (to: Selection | null) => void;
  /** Corrects the current place without a history entry (a link that led nowhere). */
  replace: (to: Selection | null) => void;
  back: () => void;
  forward: () => void;
  up: () => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (navigation === null) throw new Error('useNavigation: NavigationContext is missing above');
  return navigation;
}
