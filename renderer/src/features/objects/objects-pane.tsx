import { useEffect, useRef, useState } from 'react';
import { SearchButton, useSearchShortcut } from '../search/search-button.js';
import type { DeletedItems } from '../object-actions/object-actions-scope.js';
import { SearchPanel } from '../search/search-panel.js';
import { parentPrefix } from '../../lib/prefix.js';
import { NavigationBar } from '../navigation/navigation-bar.js';
import { ShowVersionsToggle } from '../versions/show-versions-toggle.js';
import { setVersionsShownIn } from '../versions/versions-shown.js';
import { VersionsListing } from '../versions/versions-listing.js';
import { BreadcrumbsNav } from './breadcrumbs-nav.js';
import { folderOf } from './compact-page.js';
import { isShown } from './column-layout.js';
import { useColumnSettings } from './column-settings.js';
import type { GridRow } from './listing-view.js';
import './objects.css';
import { PrefixListing } from './prefix-listing.js';
import { NO_SELECTION } from './selection.js';
import type { ObjectSelection } from './selection.js';
import { SERVER_ORDER, nextSort } from './sort-state.js';
import type { SortState } from './sort-state.js';
import { useBackspaceUp } from './use-backspace-up.js';
import { useNameOrderCommand } from './use-name-order-command.js';

interface ObjectsPaneProps {
  profileId: string;
  bucket: string;
  prefix: string;
  /** The folder to select and focus on arriving: the one just left by going up. */
  reveal: string | null;
  /** Counts Back, Forward and Up: after one the list takes the focus, as after opening a folder. */
  historyMoves: number;
  onRefresh: () => void;
  onNavigate: (prefix: string) => void;
  /** Delete on the list; without it the key does nothing. */
  onDelete?: (selection: ObjectSelection) => void;
  /** F2 on a row; without it the key does nothing. */
  onRename?: (row: GridRow) => void;
  /** A right click, Shift+F10 or the context-menu key on a row, at this point. */
  onRowMenu?: (at: { x: number; y: number }) => void;
  /** Told each time the selection changes, for actions outside the list. */
  onSelectionChange?: (selection: ObjectSelection) => void;
  /** A new value clears the selection (its rows may be gone after an action). */
  selectionReset?: number;
  /** What the last delete removed: search results drop it. */
  deleted?: DeletedItems | null;
}

export function ObjectsPane({
  profileId,
  bucket,
  prefix,
  reveal,
  historyMoves,
  onRefresh,
  onNavigate,
  ...actions
}: ObjectsPaneProps) {
  const paneRef = useRef<HTMLDivElement>(null);
  const [navigated, setNavigated] = useState(false);
  const [movesAtStart] = useState(historyMoves);
  // The sort is a way of looking, kept from folder to folder.
  const [chosenSort, setSort] = useState<SortState>(SERVER_ORDER);
  // Hiding the sorted column puts the list back in name order (for good, not until it returns).
  const sortedColumnHidden = !isShown(useColumnSettings(), chosenSort.column);
  if (sortedColumnHidden) setSort(SERVER_ORDER);
  const sort = sortedColumnHidden ? SERVER_ORDER : chosenSort;
  // Versions show for the bucket they were asked for, never unasked: another bucket starts without.
  const [versionsIn, setVersionsIn] = useState<string | null>(null);
  const showVersions = versionsIn === bucket;
  // Told to the rest of the window: "Calculate size" counts versions when the list shows them.
  useEffect(() => {
    setVersionsShownIn(showVersions ? bucket : null);
    return () => setVersionsShownIn(null);
  }, [showVersions, bucket]);
  const versionsToggle = (
    <ShowVersionsToggle
      on={showVersions}
      onChange={(on) => {
        // The object list's selection is gone with it: menus and keys must not act on it.
        if (on) actions.onSelectionChange?.(NO_SELECTION);
        setVersionsIn(on ? bucket : null);
      }}
    />
  );

  const go = (next: string) => {
    setNavigated(true);
    onNavigate(next);
  };
  // Search looks under the folder shown; it closes when the folder changes.
  const [searchIn, setSearchIn] = useState<string | null>(null);
  const searching = searchIn === `${bucket}/${folderOf(prefix)}` && !showVersions;
  const openSearch = () => setSearchIn(`${bucket}/${folderOf(prefix)}`);
  useSearchShortcut(paneRef, showVersions ? undefined : openSearch);
  useNameOrderCommand();
  useBackspaceUp(paneRef, prefix === '' ? undefined : () => go(parentPrefix(prefix)));

  return (
    <div ref={paneRef} className="ol-pane">
      <div className="nav-location">
        <NavigationBar onRefresh={onRefresh} />
        <BreadcrumbsNav bucket={bucket} prefix={prefix} onNavigate={go} />
      </div>
      {searching ? (
        <SearchPanel
          profileId={profileId}
          bucket={bucket}
          scope={folderOf(prefix)}
          onClose={() => setSearchIn(null)}
          onNavigate={(next) => {
            setSearchIn(null);
            go(next);
          }}
          onDelete={actions.onDelete}
          onRename={actions.onRename}
          onRowMenu={actions.onRowMenu}
          onSelectionChange={actions.onSelectionChange}
          deleted={actions.deleted}
        />
      ) : showVersions ? (
        <VersionsListing
          profileId={profileId}
          bucket={bucket}
          prefix={prefix}
          toggle={versionsToggle}
          onNavigate={go}
        />
      ) : (
        <PrefixListing
          key={prefix}
          toolbarExtra={
            <>
              <SearchButton onOpen={openSearch} />
              {versionsToggle}
            </>
          }
          profileId={profileId}
          bucket={bucket}
          prefix={prefix}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
          focusFirstRow={navigated || historyMoves !== movesAtStart}
          reveal={reveal}
          onNavigate={go}
          onDelete={actions.onDelete}
          onRename={actions.onRename}
          onRowMenu={actions.onRowMenu}
          onSelectionChange={actions.onSelectionChange}
          selectionReset={actions.selectionReset}
        />
      )}
    </div>
  );
}
