import { useInfiniteQuery } from '@tanstack/react-query';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { currentLocale } from '../../i18n/localized.js';
import { useDropUpload } from '../transfers/use-drop-upload.js';
import { listingExtras } from './column-layout.js';
import { useColumnSettings } from './column-settings.js';
import { folderOf, pagesHold } from './compact-page.js';
import type { CompactPage } from './compact-page.js';
import { followRows } from './follow-rows.js';
import { EmptyState, ErrorState, LoadingState } from './list-states.js';
import { SignInAgain } from '../sign-in/sign-in-again.js';
import { ListingStore } from './listing-store.js';
import type { GridRow, ListingView } from './listing-view.js';
import { ViewDeriver } from './view-deriver.js';
import { objectMessages as m } from './messages.js';
import { nameCollator, useNameOrder } from './name-order.js';
import { ObjectsGrid } from './objects-grid.js';
import { compactObjectsQuery } from './objects-query.js';
import { ObjectsToolbar } from './objects-toolbar.js';
import { sortCoverage } from './page-loading.js';
import { folderRowIndex } from './reveal.js';
import { EMPTY_SELECTION, refocus } from './selection-model.js';
import { ObjectSelectionContext, selectionFromIds } from './selection.js';
import type { ObjectSelection } from './selection.js';
import { SortNotice } from './sort-notice.js';
import type { SortColumn, SortState } from './sort-state.js';
import { useLoadAll } from './use-load-all.js';

export interface PrefixListingProps {
  profileId: string;
  bucket: string;
  /** A folder ("docs/") or an Enter search ("docs/rep"). */
  prefix: string;
  sort: SortState;
  onSort: (column: SortColumn) => void;
  focusFirstRow: boolean;
  /** A folder to select and focus once the rows arrive (the one just left by going up). */
  reveal?: string | null | undefined;
  onNavigate: (prefix: string) => void;
  onDelete?: ((selection: ObjectSelection) => void) | undefined;
  onRename?: ((row: GridRow) => void) | undefined;
  onRowMenu?: ((at: { x: number; y: number }) => void) | undefined;
  onSelectionChange?: ((selection: ObjectSelection) => void) | undefined;
  selectionReset?: number | undefined;
  /** More toolbar controls (the Show versions switch). */
  toolbarExtra?: ReactNode;
}

/** One prefix's toolbar and list; mounted per prefix, so filter and selection start afresh. */
export function PrefixListing(props: PrefixListingProps) {
  const { profileId, bucket, prefix, sort } = props;
  const client = useContract();
  const listing = useInfiniteQuery(compactObjectsQuery(client, profileId, bucket, prefix));
  const [store] = useState(() => new ListingStore(prefix));
  const [deriver] = useState(() => new ViewDeriver());
  const [filter, setFilter] = useState('');
  // Filtering a million loaded rows takes a moment: typing must not wait for it.
  const shownFilter = useDeferredValue(filter);
  const [selection, setSelection] = useState(EMPTY_SELECTION);
  const listRef = useRef<HTMLDivElement>(null);
  const folder = folderOf(prefix);
  const { isOver, ...dropHandlers } = useDropUpload({ profileId, bucket, prefix: folder });

  const pages = listing.data?.pages;
  useKeptFields(listing, pages);
  // The app renders afresh in a new language, which brings that language's collator.
  const collator = nameCollator(useNameOrder(), currentLocale());
  const view: ListingView = useMemo(
    () => deriver.derive(store.sync(pages ?? []), shownFilter, sort, collator),
    [deriver, store, pages, shownFilter, sort, collator],
  );
  // Rows moved under the focus as a page landed: the focus moves with its row.
  const [shownView, setShownView] = useState(view);
  if (shownView !== view) {
    setShownView(view);
    setSelection((current) => followRows(current, shownView, view));
  }
  const exported = useMemo(() => selectionFromIds(selection.selected), [selection.selected]);
  const { onSelectionChange, selectionReset } = props;
  // Before the browser paints and before the next key: Alt+Enter, the menus and the palette act
  // on the selection the list shows, even when a key follows the click at once.
  useLayoutEffect(() => onSelectionChange?.(exported), [onSelectionChange, exported]);
  // After an action the selected rows may be gone: drop them, keep the focus where it was.
  const [resetSeen, setResetSeen] = useState(selectionReset);
  if (resetSeen !== selectionReset) {
    setResetSeen(selectionReset);
    setSelection((current) => ({ ...current, selected: new Set() }));
  }

  // Selected before the grid first renders, so it mounts focused on that row.
  const [toReveal, setToReveal] = useState(props.reveal ?? null);
  const [revealed, setRevealed] = useState(false);
  if (toReveal !== null && listing.data !== undefined) {
    setToReveal(null);
    const index = folderRowIndex(view, toReveal);
    if (index >= 0) {
      setSelection({ selected: new Set([view.idAt(index)]), anchor: index, active: index });
      setRevealed(true);
    }
  }

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = listing;
  const loadNext = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const filtering = shownFilter.trim() !== '';
  const fetchForLoadAll = useCallback(
    () =>
      fetchNextPage({ cancelRefetch: false }).then((result) => ({
        hasNextPage: result.hasNextPage,
        failed: result.isFetchNextPageError,
      })),
    [fetchNextPage],
  );
  const loadAll = useLoadAll(fetchForLoadAll, hasNextPage);
  const coverage = sortCoverage({
    serverOrder: sort.column === 'name' && sort.direction === 'ascending' && collator === null,
    hasNextPage,
    loadingAll: loadAll.loading,
  });

  const onFilter = (text: string) => {
    setFilter(text);
    // Rows hidden by a filter must not stay selected: Delete would act on what nobody sees.
    setSelection(EMPTY_SELECTION);
  };
  const onSort = (column: SortColumn) => {
    props.onSort(column);
    setSelection(refocus);
  };
  const onSearch = () => {
    const next = folder + filter;
    if (next !== prefix) props.onNavigate(next);
  };
  // A right click beside the rows (a row handles its own) is about the folder, not a selection.
  const onBlankMenu = (event: MouseEvent) => {
    if (event.defaultPrevented || props.onRowMenu === undefined) return;
    event.preventDefault();
    setSelection((current) => ({ ...current, selected: new Set() }));
    props.onRowMenu({ x: event.clientX, y: event.clientY });
  };
  const onToList = () => {
    listRef.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus();
  };

  let body;
  if (listing.isPending) {
    body = <LoadingState />;
  } else if (listing.isError && listing.data === undefined) {
    body = (
      <ErrorState
        title={m.loadError}
        message={errorMessage(listing.error)}
        onRetry={() => void listing.refetch()}
      >
        <SignInAgain
          profileId={profileId}
          error={listing.error}
          onSignedIn={() => void listing.refetch()}
        />
      </ErrorState>
    );
  } else {
    body = (
      <>
        {coverage !== 'whole' && (
          <SortNotice
            coverage={coverage}
            loaded={view.loadedCount}
            onLoadAll={loadAll.start}
            onStop={loadAll.stop}
            onGone={onToList}
          />
        )}
        <ObjectsGrid
          view={view}
          profileId={profileId}
          bucket={bucket}
          sort={sort}
          onSort={onSort}
          ariaRowCount={hasNextPage ? -1 : view.length + 1}
          selection={selection}
          onSelection={setSelection}
          paging={{
            hasNextPage,
            // Load all asks for pages itself; scrolling must not ask alongside it.
            fetching: isFetchingNextPage || loadAll.loading,
            failed: isFetchNextPageError,
            filtering,
            fetchNextPage: loadNext,
          }}
          focusFirstRow={props.focusFirstRow}
          focusActiveRow={revealed}
          onOpenFolder={props.onNavigate}
          onDelete={props.onDelete}
          onRename={props.onRename}
          onRowMenu={props.onRowMenu}
        />
        {view.length === 0 && !(hasNextPage && !filtering) && (
          <EmptyState
            text={
              filtering
                ? m.noFilterMatches(shownFilter.trim())
                : prefix === folder
                  ? m.empty
                  : m.noSearchResults(prefix.slice(folder.length))
            }
          />
        )}
        {isFetchNextPageError && (
          <ErrorState
            title={m.pageError}
            message={errorMessage(listing.error)}
            onRetry={loadNext}
          />
        )}
        <p className="ol-footer" data-testid="objects-footer">
          {footer(view, hasNextPage, isFetchingNextPage, filtering, selection.selected.size)}
        </p>
      </>
    );
  }

  return (
    <ObjectSelectionContext value={exported}>
      <ObjectsToolbar
        profileId={profileId}
        bucket={bucket}
        folder={folder}
        selection={exported}
        filter={filter}
        onFilter={onFilter}
        onSearch={onSearch}
        onToList={onToList}
        extra={props.toolbarExtra}
      />
      <div
        ref={listRef}
        className={isOver ? 'ol-list ol-drop-over' : 'ol-list'}
        aria-busy={listing.isFetching}
        onContextMenu={onBlankMenu}
        {...dropHandlers}
      >
        {body}
      </div>
    </ObjectSelectionContext>
  );
}

function footer(
  view: ListingView,
  hasNextPage: boolean,
  fetching: boolean,
  filtering: boolean,
  selected: number,
): string {
  const parts: string[] = [];
  if (filtering) {
    parts.push(m.filtered(view.length, view.loadedCount));
    if (hasNextPage) parts.push(m.filterHint);
  } else if (hasNextPage) {
    parts.push(m.itemsLoaded(view.loadedCount), fetching ? m.loadingMore : m.scrollForMore);
  } else {
    parts.push(m.itemsTotal(view.loadedCount));
  }
  if (selected > 0) parts.push(m.selected(selected));
  return parts.join(' · ');
}

/**
 * Pages keep an ETag or owner only while a column shows it: showing one asks for the loaded
 * pages again, once per choice, so a failed fetch is not retried in a loop.
 */
function useKeptFields(
  listing: { refetch: () => Promise<unknown> },
  pages: readonly CompactPage[] | undefined,
): void {
  const extras = listingExtras(useColumnSettings());
  const choice = `${String(extras.etag)}/${String(extras.owner)}`;
  const lacking = pages !== undefined && !pagesHold(pages, extras);
  const asked = useRef<string | null>(null);
  const { refetch } = listing;
  useEffect(() => {
    if (!lacking || asked.current === choice) return;
    asked.current = choice;
    void refetch();
  }, [lacking, choice, refetch]);
}
