import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { objectsQuery } from '../../contract/queries.js';
import { listingRows } from '../../lib/listing-rows.js';
import { parentPrefix } from '../../lib/prefix.js';
import { BreadcrumbsNav } from './breadcrumbs-nav.js';
import { ObjectsGrid } from './objects-grid.js';
import { useBackspaceUp } from './use-backspace-up.js';

interface ObjectsPaneProps {
  profileId: string;
  bucket: string;
  prefix: string;
  onNavigate: (prefix: string) => void;
}

export function ObjectsPane({ profileId, bucket, prefix, onNavigate }: ObjectsPaneProps) {
  const client = useContract();
  const paneRef = useRef<HTMLDivElement>(null);
  const [navigated, setNavigated] = useState(false);
  const listing = useInfiniteQuery(objectsQuery(client, profileId, bucket, prefix));
  const rows = useMemo(
    () => listingRows(listing.data?.pages ?? [], prefix),
    [listing.data, prefix],
  );

  const go = (next: string) => {
    setNavigated(true);
    onNavigate(next);
  };
  useBackspaceUp(paneRef, prefix === '' ? undefined : () => go(parentPrefix(prefix)));

  return (
    <div ref={paneRef} className="objects-pane">
      <BreadcrumbsNav bucket={bucket} prefix={prefix} onNavigate={go} />
      <div className="objects-body" aria-busy={listing.isFetching}>
        {listing.isPending && <p className="muted pad">Loading objects…</p>}
        {listing.isSuccess && rows.length === 0 && (
          <p className="placeholder">This folder is empty</p>
        )}
        {rows.length > 0 && (
          <ObjectsGrid key={prefix} rows={rows} focusFirstRow={navigated} onOpenFolder={go} />
        )}
        {listing.isError && (
          <p className="message message-error pad" role="alert">
            {errorMessage(listing.error)}
          </p>
        )}
        {listing.hasNextPage && (
          <div className="load-more">
            <button
              type="button"
              className="button"
              disabled={listing.isFetchingNextPage}
              aria-busy={listing.isFetchingNextPage}
              onClick={() => void listing.fetchNextPage()}
            >
              Load more
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
