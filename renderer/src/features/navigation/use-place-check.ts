import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../../app/selection.js';
import { useContract } from '../../contract/contract-context.js';
import { samePlace } from './history.js';
import type { MissingPart } from './nearest-place.js';
import { nearestPlace } from './nearest-place.js';
import type { Navigation } from './navigation-context.js';
import { onLinkChange } from './place-store.js';

export interface PlaceNotice {
  missing: MissingPart;
  /** Shown while the user stays where the link led. */
  landed: Selection | null;
}

/**
 * Checks the place a link names (at start and when the address is edited) and moves to the
 * nearest one that exists, saying what was missing. Places reached by clicking need no check:
 * they came from a listing.
 */
export function usePlaceCheck(
  navigation: Navigation,
  profileIds: readonly string[] | undefined,
): { notice: PlaceNotice | null; dismiss: () => void } {
  const client = useContract();
  const [notice, setNotice] = useState<PlaceNotice | null>(null);
  const [toCheck, setToCheck] = useState<Selection | null>(navigation.current);
  const latest = useRef(navigation);
  useEffect(() => {
    latest.current = navigation;
  });

  useEffect(
    () =>
      onLinkChange((place) => {
        if (place === null || samePlace(place, latest.current.current)) return;
        latest.current.navigate(place);
        setToCheck(place);
      }),
    [],
  );

  useEffect(() => {
    if (toCheck === null || profileIds === undefined) return;
    let cancelled = false;
    void nearestPlace(client, profileIds, toCheck).then(({ place, missing }) => {
      if (cancelled) return;
      setToCheck(null);
      // The user may have moved on while the server answered; then the link's place is past.
      if (missing === null || !samePlace(latest.current.current, toCheck)) return;
      latest.current.replace(place);
      setNotice({ missing, landed: place });
    });
    return () => {
      cancelled = true;
    };
  }, [client, profileIds, toCheck]);

  const shown = notice !== null && samePlace(notice.landed, navigation.current) ? notice : null;
  return { notice: shown, dismiss: () => setNotice(null) };
}
