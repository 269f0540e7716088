import { useEffect, useMemo, useState } from 'react';
import type { Selection } from '../../app/selection.js';
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
  samePlace,
  startHistory,
} from './history.js';
import type { NavigationHistory } from './history.js';
import type { Navigation, PlaceNotice } from './navigation-context.js';
import type { MissingPart } from './nearest-place.js';
import { onLinkChange, recordPlace, startingPlace } from './place-store.js';

interface State {
  history: NavigationHistory;
  reveal: string | null;
  historyMoves: number;
  linkToCheck: Selection | null;
  notice: PlaceNotice | null;
}

type Move = (history: NavigationHistory) => NavigationHistory;

function apply(state: State, move: Move, byHistory: boolean): State {
  const history = move(state.history);
  if (history === state.history) return state;
  return {
    ...state,
    history,
    reveal: folderLeft(currentOf(state.history), currentOf(history)),
    historyMoves: state.historyMoves + (byHistory ? 1 : 0),
  };
}

function initialState(): State {
  const start = startingPlace();
  return {
    history: startHistory(start),
    reveal: null,
    historyMoves: 0,
    linkToCheck: start,
    notice: null,
  };
}

/**
 * The place shown, its history and the address kept in step with it. Held above the shell, so
 * it survives the shell rendering afresh in a new language.
 */
export function useNavigationState(): Navigation {
  const [state, setState] = useState<State>(initialState);
  const current = currentOf(state.history);

  useEffect(() => recordPlace(current), [current]);
  useEffect(
    () =>
      onLinkChange((link) => {
        if (link === null) return;
        setState((s) =>
          samePlace(link, currentOf(s.history))
            ? s
            : { ...apply(s, (h) => pushPlace(h, link), false), linkToCheck: link },
        );
      }),
    [],
  );

  // Moves only set state, so they stay the same functions for the life of the app.
  const moves = useMemo(() => {
    const move = (m: Move, byHistory: boolean) => setState((s) => apply(s, m, byHistory));
    return {
      navigate: (to: Selection | null) => move((h) => pushPlace(h, to), false),
      back: () => move(goBack, true),
      forward: () => move(goForward, true),
      up: () =>
        move((h) => {
          const above = placeAbove(currentOf(h));
          return above === null ? h : pushPlace(h, above);
        }, true),
      settleLink: (link: Selection, place: Selection | null, missing: MissingPart | null) =>
        setState((s) => {
          if (s.linkToCheck !== link) return s;
          const settled = { ...s, linkToCheck: null };
          // The user may have moved on while the server answered; then the link's place is past.
          if (missing === null || !samePlace(currentOf(s.history), link)) return settled;
          return {
            ...apply(settled, (h) => replacePlace(h, place), false),
            notice: { missing, landed: place },
          };
        }),
      dismissNotice: () => setState((s) => ({ ...s, notice: null })),
    };
  }, []);

  return useMemo<Navigation>(
    () => ({
      ...moves,
      current,
      reveal: state.reveal,
      historyMoves: state.historyMoves,
      canGoBack: canGoBack(state.history),
      canGoForward: canGoForward(state.history),
      canGoUp: placeAbove(current) !== null,
      linkToCheck: state.linkToCheck,
      notice:
        state.notice !== null && samePlace(state.notice.landed, current) ? state.notice : null,
    }),
    [moves, current, state],
  );
}
