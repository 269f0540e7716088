import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Selection } from '../../app/selection.js';
import { bucketKeys, objectKeys } from '../../contract/query-keys.js';

/**
 * Asks the server again for every bucket list shown and the open bucket's listings. Invalidating
 * keeps the rows on screen until the answers arrive, so the selection and the scroll stay;
 * listings of other folders are only marked stale and refetched when shown again.
 */
export function useRefresh(current: Selection | null): () => void {
  const queryClient = useQueryClient();
  const profileId = current?.profileId;
  const bucket = current?.bucket ?? null;
  return useCallback(() => {
    void queryClient.invalidateQueries({
      predicate: ({ queryKey }) => queryKey[0] === bucketKeys.all[0] && queryKey[2] === 'list',
    });
    if (profileId !== undefined && bucket !== null) {
      void queryClient.invalidateQueries({ queryKey: objectKeys.bucket(profileId, bucket) });
    }
  }, [queryClient, profileId, bucket]);
}
