import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { loadFolderPage } from './folder-pages.js';
import { continuation, emptyTree, nodeOfId, nodesToLoad, treeReducer } from './tree-model.js';
import type { TreeState } from './tree-model.js';

export interface FolderTree {
  state: TreeState;
  expand: (ids: readonly string[]) => void;
  collapse: (id: string) => void;
  /** The next page of a node, or its failed page again. */
  loadMore: (id: string) => void;
}

/**
 * The destination tree's state, with each node listed when it first opens and further pages
 * when asked. One listing per node at a time; answers that arrive after the dialog closed
 * change nothing anyone sees.
 */
export function useFolderTree(profileId: string): FolderTree {
  const client = useContract();
  const [state, dispatch] = useReducer(treeReducer, emptyTree);
  const inFlight = useRef(new Set<string>());
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });

  const load = useCallback(
    (id: string, continuationToken: string | undefined) => {
      if (inFlight.current.has(id)) return;
      inFlight.current.add(id);
      dispatch({ type: 'loadStarted', id });
      const { bucket, prefix } = nodeOfId(id);
      void loadFolderPage(client, { profileId, bucket, prefix }, continuationToken)
        .then(
          (page) => dispatch({ type: 'loaded', id, folders: page.folders, next: page.next }),
          (error: unknown) => dispatch({ type: 'loadFailed', id, message: errorMessage(error) }),
        )
        .finally(() => inFlight.current.delete(id));
    },
    [client, profileId],
  );

  useEffect(() => {
    for (const id of nodesToLoad(state)) load(id, undefined);
  }, [state, load]);

  const expand = useCallback((ids: readonly string[]) => dispatch({ type: 'expand', ids }), []);
  const collapse = useCallback((id: string) => dispatch({ type: 'collapse', id }), []);
  const loadMore = useCallback((id: string) => load(id, continuation(latest.current, id)), [load]);
  return { state, expand, collapse, loadMore };
}
