import { useEffect, useMemo, useState } from 'react';
import {
  canGoBack,
  canGoForward,
  currentOf,
  folderLeft,
  goBack,
  goForward,
  placeAbove,
  pushPlace,
  replacePlace,
  startHistory,
} from './history.js';
import type { NavigationHistory } from './history.js';
import type { Navigation } from './navigation-context.js';
import { recordPlace, startingPlace } from './place-store.js';

interface State {
  history: NavigationHistory;
  reveal: string | null;
  historyMoves: number;
}

type Move = (history: NavigationHistory) => NavigationHistory;

function apply(state: State, move: Move, byHistory: boolean): State {
  const history = move(state.history);
  if (history === state.history) return state;
  return {
    history,
    reveal: folderLeft(currentOf(state.history), currentOf(history)),
    historyMoves: state.historyMoves + (byHistory ? 1 : 0),
  };
}

/** The place shown, its history and the address kept in step with it. */
export function useNavigationState(): Navigation {
  const [state, setState] = useState<State>(() => ({
    history: startHistory(startingPlace()),
    reveal: null,
    historyMoves: 0,
  }));
  const current = currentOf(state.history);

  useEffect(() => recordPlace(current), [current]);

  return useMemo<Navigation>(() => {
    const move = (m: Move, byHistory: boolean) => setState((s) => apply(s, m, byHistory));
    return {
      current,
      reveal: state.reveal,
      historyMoves: state.historyMoves,
      canGoBack: canGoBack(state.history),
      canGoForward: canGoForward(state.history),
      canGoUp: placeAbove(current) !== null,
      navigate: (to) => move((h) => pushPlace(h, to), false),
      replace: (to) => move((h) => replacePlace(h, to), false),
      back: () => move(goBack, true),
      forward: () => move(goForward, true),
      up: () =>
        move((h) => {
          const above = placeAbove(currentOf(h));
          return above === null ? h : pushPlace(h, above);
        }, true),
    };
  }, [current, state]);
}
