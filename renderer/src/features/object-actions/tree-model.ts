/**
 * The destination picker's tree of buckets and folders, as plain data: which nodes are open,
 * what each listing has brought so far, and the rows that follows from it. Folders are listed
 * lazily, a page at a time, when their node opens.
 */

/** A node is a bucket ("" prefix) or a folder in it; bucket names hold no "/". */
export function nodeId(bucket: string, prefix: string): string {
  return `${bucket}/${prefix}`;
}

export function nodeOfId(id: string): { bucket: string; prefix: string } {
  const slash = id.indexOf('/');
  return { bucket: id.slice(0, slash), prefix: id.slice(slash + 1) };
}

/** The subfolders of one node, as far as they were listed. */
export interface Listing {
  folders: readonly string[];
  /** Where the next page starts; null once the whole folder was listed. */
  next: string | null;
  /** A page is being fetched: the first, or one after the folders shown. */
  loading: boolean;
  /** Why the last page could not be listed; the folders listed before it stay. */
  error: string | null;
}

export interface TreeState {
  expanded: ReadonlySet<string>;
  listings: ReadonlyMap<string, Listing>;
}

export const emptyTree: TreeState = { expanded: new Set(), listings: new Map() };

export type TreeEvent =
  | { type: 'expand'; ids: readonly string[] }
  | { type: 'collapse'; id: string }
  | { type: 'loadStarted'; id: string }
  | { type: 'loaded'; id: string; folders: readonly string[]; next: string | null }
  | { type: 'loadFailed'; id: string; message: string };

function withListing(state: TreeState, id: string, listing: Listing): TreeState {
  const listings = new Map(state.listings);
  listings.set(id, listing);
  return { ...state, listings };
}

export function treeReducer(state: TreeState, event: TreeEvent): TreeState {
  switch (event.type) {
    case 'expand': {
      const fresh = event.ids.filter((id) => !state.expanded.has(id));
      return fresh.length === 0
        ? state
        : { ...state, expanded: new Set([...state.expanded, ...fresh]) };
    }
    case 'collapse': {
      if (!state.expanded.has(event.id)) return state;
      const expanded = new Set(state.expanded);
      expanded.delete(event.id);
      return { ...state, expanded };
    }
    case 'loadStarted': {
      const listing = state.listings.get(event.id);
      const base = listing ?? { folders: [], next: null, loading: false, error: null };
      return withListing(state, event.id, { ...base, loading: true, error: null });
    }
    case 'loaded': {
      const before = state.listings.get(event.id)?.folders ?? [];
      const seen = new Set(before);
      const folders = [...before, ...event.folders.filter((f) => !seen.has(f))];
      return withListing(state, event.id, {
        folders,
        next: event.next,
        loading: false,
        error: null,
      });
    }
    case 'loadFailed': {
      const listing = state.listings.get(event.id);
      return withListing(state, event.id, {
        folders: listing?.folders ?? [],
        next: listing?.next ?? null,
        loading: false,
        error: event.message,
      });
    }
  }
}

/** Open nodes not listed yet: each needs its first page. */
export function nodesToLoad(state: TreeState): string[] {
  return [...state.expanded].filter((id) => !state.listings.has(id));
}

/** The page a "Load more" or "Try again" on a node asks for: where the listing stopped. */
export function continuation(state: TreeState, id: string): string | undefined {
  return state.listings.get(id)?.next ?? undefined;
}

/** A folder's name as the tree shows it: its last part, without the "/". */
export function folderName(parentPrefix: string, prefix: string): string {
  const relative = prefix.slice(parentPrefix.length);
  return relative.length > 1 && relative.endsWith('/') ? relative.slice(0, -1) : relative;
}

/** The tree item of a node, among the tree's rows. */
export function nodeRowKey(id: string): string {
  return `node:${id}`;
}

export interface NodeRow {
  kind: 'node';
  key: string;
  id: string;
  bucket: string;
  prefix: string;
  name: string;
  level: number;
  /** Undefined once listing found nothing under it: there is nothing to open. */
  expanded: boolean | undefined;
}

/** "Load more" (more pages) or "Try again" (the listing failed) at the end of an open node. */
export interface ActionRow {
  kind: 'more' | 'retry';
  key: string;
  /** The node whose listing goes on. */
  id: string;
  level: number;
  /** Its page is being fetched. */
  busy: boolean;
}

function actionRow(kind: ActionRow['kind'], id: string, level: number, busy: boolean): ActionRow {
  return { kind, key: `${kind}:${id}`, id, level, busy };
}

export type TreeRow = NodeRow | ActionRow;

/** An open node's children as drawn inside its group. */
export interface Group {
  branches: Branch[];
  /** The first page is being fetched. */
  loading: boolean;
  error: string | null;
  action: ActionRow | null;
}

export interface Branch {
  row: NodeRow;
  /** Null while the node is closed. */
  group: Group | null;
}

function branch(
  state: TreeState,
  bucket: string,
  prefix: string,
  name: string,
  level: number,
): Branch {
  const id = nodeId(bucket, prefix);
  const listing = state.listings.get(id);
  const open = state.expanded.has(id);
  const leaf =
    listing !== undefined &&
    listing.folders.length === 0 &&
    listing.next === null &&
    !listing.loading &&
    listing.error === null;
  const row: NodeRow = {
    kind: 'node',
    key: nodeRowKey(id),
    id,
    bucket,
    prefix,
    name,
    level,
    expanded: leaf ? undefined : open,
  };
  if (!open || leaf) return { row, group: null };
  const folders = listing?.folders ?? [];
  const branches = folders.map((folder) =>
    branch(state, bucket, folder, folderName(prefix, folder), level + 1),
  );
  const loading = listing === undefined || listing.loading;
  const error = loading ? null : (listing.error ?? null);
  const resumable = listing !== undefined && (listing.folders.length > 0 || listing.next !== null);
  let action: ActionRow | null = null;
  // "Load more" stays while its page loads, so the focus it holds is not lost.
  if (loading && resumable) action = actionRow('more', id, level + 1, true);
  else if (error !== null) action = actionRow('retry', id, level + 1, false);
  else if (listing?.next != null) action = actionRow('more', id, level + 1, false);
  return { row, group: { branches, loading: loading && action === null, error, action } };
}

/** The buckets at the top, each with what is open below it. */
export function treeBranches(state: TreeState, buckets: readonly string[]): Branch[] {
  return buckets.map((bucket) => branch(state, bucket, '', bucket, 1));
}

/** The tree items in document order, for the keys. */
export function visibleRows(branches: readonly Branch[]): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (list: readonly Branch[]) => {
    for (const { row, group } of list) {
      rows.push(row);
      if (group === null) continue;
      walk(group.branches);
      if (group.action !== null) rows.push(group.action);
    }
  };
  walk(branches);
  return rows;
}

/** The folders above a destination, from its bucket down: "a/b/" has "" and "a/". */
function ancestorsOf(folder: string): string[] {
  const parts = folder.split('/').slice(0, -1);
  return parts.map((_, i) => (i === 0 ? '' : `${parts.slice(0, i).join('/')}/`));
}

/**
 * How to show a destination typed or opened on: the nodes to open, from the bucket down to the
 * destination itself (so its subfolders show), as far as the listings go. `settled` once they
 * are all open, or a listing has shown the destination is not there (a folder yet to be made,
 * or one on a page not loaded).
 */
export function revealSteps(
  state: TreeState,
  buckets: readonly string[],
  destination: { bucket: string; folder: string },
): { open: string[]; settled: boolean } {
  const { bucket, folder } = destination;
  if (!buckets.includes(bucket)) return { open: [], settled: true };
  const open: string[] = [];
  for (const ancestor of ancestorsOf(folder)) {
    const id = nodeId(bucket, ancestor);
    if (!state.expanded.has(id)) open.push(id);
    const listing = state.listings.get(id);
    if (listing === undefined || listing.loading) return { open, settled: false };
    const child = folder.slice(0, folder.indexOf('/', ancestor.length) + 1);
    if (!listing.folders.includes(child)) return { open, settled: true };
  }
  const target = nodeId(bucket, folder);
  if (!state.expanded.has(target)) open.push(target);
  return { open, settled: true };
}
