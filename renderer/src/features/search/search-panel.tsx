import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { currentLocale } from '../../i18n/localized.js';
import type { DeletedItems } from '../object-actions/object-actions-scope.js';
import { ToolbarActions } from '../object-actions/toolbar-actions.js';
import { DownloadButton } from '../transfers/download-button.js';
import { EmptyState } from '../objects/list-states.js';
import { ListingStore } from '../objects/listing-store.js';
import type { GridRow } from '../objects/listing-view.js';
import { nameCollator, useNameOrder } from '../objects/name-order.js';
import { ObjectsGrid } from '../objects/objects-grid.js';
import { EMPTY_SELECTION } from '../objects/selection-model.js';
import { ObjectSelectionContext, selectionFromIds } from '../objects/selection.js';
import type { ObjectSelection } from '../objects/selection.js';
import { SERVER_ORDER, nextSort } from '../objects/sort-state.js';
import type { SortState } from '../objects/sort-state.js';
import { ViewDeriver } from '../objects/view-deriver.js';
import { searchMessages as m } from './messages.js';
import { SearchForm } from './search-form.js';
import { useSearchTask } from './use-search-task.js';
import './search.css';

export interface SearchPanelProps {
  profileId: string;
  bucket: string;
  /** Where the search looks: this folder and everything under it ('' is the whole bucket). */
  scope: string;
  onClose: () => void;
  onNavigate: (prefix: string) => void;
  onDelete?: ((selection: ObjectSelection) => void) | undefined;
  onRename?: ((row: GridRow) => void) | undefined;
  onRowMenu?: ((at: { x: number; y: number }) => void) | undefined;
  onSelectionChange?: ((selection: ObjectSelection) => void) | undefined;
  /** What the last delete removed: dropped from the results shown, which are not listed again. */
  deleted?: DeletedItems | null | undefined;
}

/**
 * Search under a folder: the criteria, Search and Stop, and the matches as they come, in the
 * object list (names below the folder, with their subfolders), where the selection's actions work.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { profileId, bucket, scope } = props;
  const search = useSearchTask(profileId, bucket, scope);
  // One store and deriver for every search here: the store starts afresh (a new epoch) when the
  // pages do, which the deriver follows.
  const [store] = useState(() => new ListingStore(scope));
  const [deriver] = useState(() => new ViewDeriver());
  const [sort, setSort] = useState<SortState>(SERVER_ORDER);
  const [selection, setSelection] = useState(EMPTY_SELECTION);
  const collator = nameCollator(useNameOrder(), currentLocale());
  const view = useMemo(
    () => deriver.derive(store.sync(search.pages), '', sort, collator),
    [deriver, store, search.pages, sort, collator],
  );
  const exported = useMemo(() => selectionFromIds(selection.selected), [selection.selected]);
  const { onSelectionChange, deleted } = props;
  useLayoutEffect(() => onSelectionChange?.(exported), [onSelectionChange, exported]);
  const { drop } = search;
  useEffect(() => {
    if (deleted?.bucket === bucket) drop(deleted);
  }, [deleted, bucket, drop]);

  const { task } = search;
  const found = task?.results?.count ?? 0;
  const status =
    task === null
      ? ''
      : task.results?.capped === true
        ? m.capped(found)
        : `${m.progress(task.itemsDone, found)}${task.state === 'canceled' ? ` · ${m.stopped}` : ''}`;
  const failure = search.error ?? task?.error?.message ?? null;
  const finished = task !== null && !search.running;

  return (
    <ObjectSelectionContext value={exported}>
      <section className="search-panel" aria-label={m.scope(`${bucket}/${scope}`)}>
        <SearchForm
          running={search.running}
          onSearch={(criteria) => {
            setSelection(EMPTY_SELECTION);
            void search.start(criteria);
          }}
          onStop={() => void search.stop()}
          onClose={props.onClose}
        />
        <div className="ol-toolbar" role="group" aria-label={m.scope(`${bucket}/${scope}`)}>
          <p className="search-status" role="status" aria-live="polite">
            {status}
          </p>
          <span className="spacer" />
          <ToolbarActions />
          <DownloadButton
            profileId={profileId}
            bucket={bucket}
            keys={exported.keys}
            prefixes={exported.prefixes}
          />
        </div>
      </section>
      <div className="ol-list" aria-busy={search.running}>
        {failure !== null && (
          <div className="ol-error" role="alert">
            <p className="ol-error-text">
              <strong>{m.failed}:</strong> {failure}
            </p>
          </div>
        )}
        {view.length > 0 && (
          <ObjectsGrid
            view={view}
            profileId={profileId}
            bucket={bucket}
            sort={sort}
            onSort={(column) => setSort((current) => nextSort(current, column))}
            ariaRowCount={view.length + 1}
            selection={selection}
            onSelection={setSelection}
            paging={{
              hasNextPage: false,
              fetching: false,
              failed: false,
              filtering: false,
              fetchNextPage: () => undefined,
            }}
            focusFirstRow={false}
            onOpenFolder={props.onNavigate}
            onDelete={props.onDelete}
            onRename={props.onRename}
            onRowMenu={props.onRowMenu}
          />
        )}
        {finished && failure === null && view.length === 0 && <EmptyState text={m.noMatches} />}
      </div>
    </ObjectSelectionContext>
  );
}
