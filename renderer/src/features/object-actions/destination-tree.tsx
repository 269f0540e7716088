import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { BucketIcon, ChevronIcon, FolderIcon } from '../../ui/icons.js';
import { treeKeyMove, typeAheadIndex } from '../../ui/tree-keys.js';
import { actionMessages as m } from './messages.js';
import { nodeId, nodeRowKey, treeBranches, visibleRows } from './tree-model.js';
import type { ActionRow, Branch, TreeRow } from './tree-model.js';
import type { FolderTree } from './use-folder-tree.js';

/** Letters typed within this long of each other search together. */
const TYPE_AHEAD_MS = 600;

const indent = (level: number) => ({ paddingInlineStart: `${8 + (level - 1) * 18}px` });

interface DestinationTreeProps {
  /** The top level; empty while `listingBuckets`. */
  buckets: readonly string[];
  listingBuckets: boolean;
  tree: FolderTree;
  /** The destination in the fields, shown as the selected node when the tree holds it. */
  chosen: { bucket: string; folder: string } | null;
  disabled: boolean;
  hintId: string;
  onChoose: (bucket: string, prefix: string) => void;
}

/**
 * The buckets of the connection and their folders as a WAI-ARIA tree with one tab stop:
 * arrows move and open, Enter or Space (or a click) picks a node as the destination, letters
 * jump to a name. Folders are listed when their node opens; a long folder ends in "Load more".
 */
export function DestinationTree(props: DestinationTreeProps) {
  const { buckets, tree, chosen, disabled, onChoose } = props;
  const branches = treeBranches(tree.state, buckets);
  const rows = visibleRows(branches);
  const indexOf = new Map(rows.map((row, index) => [row.key, index]));
  const selectedKey = chosen === null ? null : nodeRowKey(nodeId(chosen.bucket, chosen.folder));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const focused = useRef<{ key: string; index: number } | null>(null);
  const typed = useRef({ text: '', at: 0 });

  const has = (key: string | null) => key !== null && indexOf.has(key);
  const tabStop = has(activeKey) ? activeKey : has(selectedKey) ? selectedKey : rows[0]?.key;

  // A new destination (picked or typed) is where the tab stop goes, and is scrolled to once
  // the tree shows it (a typed folder may show only after its parents were listed).
  const selectedShown = has(selectedKey);
  const scrollTo = useRef<string | null>(null);
  useEffect(() => {
    setActiveKey(null);
    scrollTo.current = selectedKey;
  }, [selectedKey]);
  useEffect(() => {
    const key = scrollTo.current;
    if (key === null || !selectedShown) return;
    scrollTo.current = null;
    items.current.get(key)?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey, selectedShown]);

  // The focused item may go (a "Try again" replaced by the folders it brought): the item now in
  // its place takes the focus, instead of the page.
  useLayoutEffect(() => {
    const last = focused.current;
    if (last === null || indexOf.has(last.key)) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    const next = rows[Math.min(last.index, rows.length - 1)];
    if (next !== undefined) items.current.get(next.key)?.focus();
  });

  const focusRow = (index: number) => {
    const row = rows[index];
    if (row === undefined) return;
    items.current.get(row.key)?.focus();
  };

  const activate = (row: TreeRow) => {
    if (disabled) return;
    if (row.kind === 'node') onChoose(row.bucket, row.prefix);
    else if (!row.busy) tree.loadMore(row.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys reach the tree from its items only; a note's text is not a place to move from.
    const key = event.target instanceof HTMLElement ? event.target.dataset['rowKey'] : undefined;
    const index = key === undefined ? -1 : (indexOf.get(key) ?? -1);
    const row = rows[index];
    if (row === undefined) return;
    if (event.key.length === 1 && event.key !== ' ') {
      const now = event.timeStamp;
      const text =
        now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + event.key : event.key;
      typed.current = { text, at: now };
      const names = rows.map((r) => (r.kind === 'node' ? r.name : null));
      const found = typeAheadIndex(names, index, text);
      if (found !== undefined) focusRow(found);
      event.preventDefault();
      return;
    }
    const move = treeKeyMove(
      event.key,
      index,
      rows.map((r) => ({ level: r.level, expanded: r.kind === 'node' ? r.expanded : undefined })),
    );
    if (move === undefined) return;
    event.preventDefault();
    if (move.type === 'focus') focusRow(move.index);
    else if (move.type === 'activate') activate(row);
    else if (move.type === 'expand') tree.expand([row.id]);
    else tree.collapse(row.id);
  };

  const itemProps = (row: TreeRow) => ({
    'data-row-key': row.key,
    ref: (element: HTMLLIElement | null) => {
      if (element === null) items.current.delete(row.key);
      else items.current.set(row.key, element);
    },
    tabIndex: row.key === tabStop ? 0 : -1,
    className: 'tree-item',
    onFocus: (event: FocusEvent<HTMLLIElement>) => {
      if (event.target !== event.currentTarget) return;
      // However the focus came (keys, a click, the dialog opening), the tab stop follows it.
      focused.current = { key: row.key, index: indexOf.get(row.key) ?? 0 };
      setActiveKey(row.key);
    },
  });

  const renderAction = (row: ActionRow) => (
    <li
      key={row.key}
      role="treeitem"
      aria-disabled={disabled || row.busy}
      aria-busy={row.busy}
      {...itemProps(row)}
    >
      <div
        className="tree-row oa-tree-action"
        style={indent(row.level)}
        onClick={() => activate(row)}
      >
        <span className="twisty" />
        <span className="tree-label">
          {row.kind === 'retry' ? m.tryAgain : row.busy ? m.loadingMoreFolders : m.loadMoreFolders}
        </span>
      </div>
    </li>
  );

  const renderBranch = ({ row, group }: Branch): ReactNode => {
    const selected = row.key === selectedKey;
    const toggle = () => (row.expanded === true ? tree.collapse(row.id) : tree.expand([row.id]));
    return (
      <li
        key={row.key}
        role="treeitem"
        aria-label={row.name}
        aria-expanded={row.expanded}
        aria-selected={selected}
        aria-busy={group?.loading === true}
        aria-disabled={disabled || undefined}
        {...itemProps(row)}
      >
        <div
          className={selected ? 'tree-row tree-row-selected' : 'tree-row'}
          style={indent(row.level)}
          onClick={() => {
            focusRow(indexOf.get(row.key) ?? -1);
            activate(row);
          }}
          onDoubleClick={toggle}
        >
          <span
            className={row.expanded === true ? 'twisty twisty-open' : 'twisty'}
            onClick={(event) => {
              // The row underneath picks the node; the twisty only opens or closes it.
              event.stopPropagation();
              toggle();
            }}
          >
            {row.expanded !== undefined && <ChevronIcon />}
          </span>
          {row.level === 1 ? <BucketIcon /> : <FolderIcon />}
          <span className="tree-label">{row.name}</span>
        </div>
        {group !== null && (
          <ul role="group" className="tree-group">
            {group.branches.map(renderBranch)}
            {group.loading && <Note level={row.level + 1}>{m.listingFolders}</Note>}
            {group.error !== null && (
              <Note level={row.level + 1}>
                <span className="message message-error" role="alert">
                  {m.listFailed(group.error)}
                </span>
              </Note>
            )}
            {group.action !== null && renderAction(group.action)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <ul
      role="tree"
      aria-label={m.treeLabel}
      aria-describedby={props.hintId}
      aria-busy={props.listingBuckets}
      className="tree oa-tree"
      onKeyDown={onKeyDown}
    >
      {props.listingBuckets && <Note level={1}>{m.listingBuckets}</Note>}
      {branches.map(renderBranch)}
    </ul>
  );
}

function Note({ level, children }: { level: number; children: ReactNode }) {
  return (
    <li role="none" className="tree-note" style={indent(level + 1)}>
      {children}
    </li>
  );
}
