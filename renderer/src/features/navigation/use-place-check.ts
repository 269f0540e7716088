import { useEffect } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { nearestPlace } from './nearest-place.js';
import type { Navigation } from './navigation-context.js';

/**
 * Checks the place a link names (at start and when the address is edited) once the
 * connections are known, and lands at the nearest one that exists. Places reached by clicking
 * need no check: they came from a listing.
 */
export function usePlaceCheck(navigation: Navigation, profileIds: readonly string[] | undefined) {
  const client = useContract();
  const { linkToCheck: link, settleLink } = navigation;
  useEffect(() => {
    if (link === null || profileIds === undefined) return;
    let cancelled = false;
    void nearestPlace(client, profileIds, link).then(({ place, missing }) => {
      if (!cancelled) settleLink(link, place, missing);
    });
    return () => {
      cancelled = true;
    };
  }, [client, profileIds, link, settleLink]);
}
