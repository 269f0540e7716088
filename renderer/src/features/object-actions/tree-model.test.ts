import { describe, expect, it } from 'vitest';
import { treeKeyMove } from '../../ui/tree-keys.js';
import {
  continuation,
  emptyTree,
  folderName,
  nodeId,
  nodeOfId,
  nodesToLoad,
  revealSteps,
  treeBranches,
  treeReducer,
  visibleRows,
} from './tree-model.js';
import type { TreeEvent, TreeRow, TreeState } from './tree-model.js';

const run = (...events: TreeEvent[]): TreeState => events.reduce(treeReducer, emptyTree);
const rowsOf = (state: TreeState, buckets = ['alpha', 'beta']) =>
  visibleRows(treeBranches(state, buckets));
const shown = (rows: readonly TreeRow[]) =>
  rows.map((row) =>
    row.kind === 'node'
      ? `${'  '.repeat(row.level - 1)}${row.name}${row.expanded === undefined ? '' : row.expanded ? ' -' : ' +'}`
      : `${'  '.repeat(row.level - 1)}[${row.kind}${row.busy ? ' busy' : ''}]`,
  );
const keyStates = (rows: readonly TreeRow[]) =>
  rows.map((r) => ({ level: r.level, expanded: r.kind === 'node' ? r.expanded : undefined }));

const A = nodeId('alpha', '');
const PHOTOS = nodeId('alpha', 'photos/');

describe('the destination tree model', () => {
  it('names nodes by bucket and prefix, and reads them back', () => {
    expect(nodeOfId(nodeId('alpha', 'a/b/'))).toEqual({ bucket: 'alpha', prefix: 'a/b/' });
    expect(nodeOfId(nodeId('alpha', ''))).toEqual({ bucket: 'alpha', prefix: '' });
    expect(folderName('a/', 'a/b/')).toBe('b');
    expect(folderName('a/', 'a//')).toBe('/');
  });

  it('shows the buckets closed, and lists a node only once it opens', () => {
    expect(shown(rowsOf(emptyTree))).toEqual(['alpha +', 'beta +']);
    expect(nodesToLoad(emptyTree)).toEqual([]);
    const opened = run({ type: 'expand', ids: [A] });
    expect(nodesToLoad(opened)).toEqual([A]);
    const loading = treeReducer(opened, { type: 'loadStarted', id: A });
    expect(nodesToLoad(loading)).toEqual([]);
    const branch = treeBranches(loading, ['alpha'])[0];
    expect(branch?.group?.loading).toBe(true);
    expect(shown(rowsOf(loading))).toEqual(['alpha -', 'beta +']);
  });

  it('draws listed folders under their node, and collapses and opens again without listing twice', () => {
    const listed = run(
      { type: 'expand', ids: [A] },
      { type: 'loadStarted', id: A },
      { type: 'loaded', id: A, folders: ['docs/', 'photos/'], next: null },
    );
    expect(shown(rowsOf(listed))).toEqual(['alpha -', '  docs +', '  photos +', 'beta +']);
    const closed = treeReducer(listed, { type: 'collapse', id: A });
    expect(shown(rowsOf(closed))).toEqual(['alpha +', 'beta +']);
    const again = treeReducer(closed, { type: 'expand', ids: [A] });
    expect(nodesToLoad(again)).toEqual([]);
    expect(shown(rowsOf(again))).toEqual(shown(rowsOf(listed)));
  });

  it('turns a node with nothing under it into a leaf', () => {
    const listed = run(
      { type: 'expand', ids: [A] },
      { type: 'loadStarted', id: A },
      { type: 'loaded', id: A, folders: [], next: null },
    );
    expect(shown(rowsOf(listed))).toEqual(['alpha', 'beta +']);
  });

  it('ends a long folder in "Load more", which stays (busy) while its page loads', () => {
    const first = run(
      { type: 'expand', ids: [A] },
      { type: 'loadStarted', id: A },
      { type: 'loaded', id: A, folders: ['f1/', 'f2/'], next: 'token-2' },
    );
    expect(shown(rowsOf(first))).toEqual(['alpha -', '  f1 +', '  f2 +', '  [more]', 'beta +']);
    expect(continuation(first, A)).toBe('token-2');
    const more = treeReducer(first, { type: 'loadStarted', id: A });
    expect(shown(rowsOf(more))).toContain('  [more busy]');
    const second = treeReducer(more, {
      type: 'loaded',
      id: A,
      folders: ['f2/', 'f3/'],
      next: null,
    });
    expect(shown(rowsOf(second))).toEqual(['alpha -', '  f1 +', '  f2 +', '  f3 +', 'beta +']);
  });

  it('says why a node cannot be listed, offers "Try again", and keeps what was listed', () => {
    const failed = run(
      { type: 'expand', ids: [A] },
      { type: 'loadStarted', id: A },
      { type: 'loadFailed', id: A, message: 'Access Denied' },
    );
    const group = treeBranches(failed, ['alpha'])[0]?.group;
    expect(group?.error).toBe('Access Denied');
    expect(group?.loading).toBe(false);
    expect(shown(rowsOf(failed))).toEqual(['alpha -', '  [retry]', 'beta +']);
    expect(continuation(failed, A)).toBeUndefined();

    const partly = run(
      { type: 'expand', ids: [A] },
      { type: 'loadStarted', id: A },
      { type: 'loaded', id: A, folders: ['f1/'], next: 'token-2' },
      { type: 'loadStarted', id: A },
      { type: 'loadFailed', id: A, message: 'timed out' },
    );
    expect(shown(rowsOf(partly))).toEqual(['alpha -', '  f1 +', '  [retry]', 'beta +']);
    // "Try again" asks for the page that failed, not the first one again.
    expect(continuation(partly, A)).toBe('token-2');
    const retried = treeReducer(partly, { type: 'loadStarted', id: A });
    expect(treeBranches(retried, ['alpha'])[0]?.group?.error).toBeNull();
  });

  it('moves through nested folders with the tree keys', () => {
    const state = run(
      { type: 'expand', ids: [A, PHOTOS] },
      { type: 'loaded', id: A, folders: ['docs/', 'photos/'], next: null },
      { type: 'loaded', id: PHOTOS, folders: ['photos/2023/', 'photos/2024/'], next: 'more' },
    );
    const rows = rowsOf(state);
    expect(shown(rows)).toEqual([
      'alpha -',
      '  docs +',
      '  photos -',
      '    2023 +',
      '    2024 +',
      '    [more]',
      'beta +',
    ]);
    const keys = keyStates(rows);
    // Right on an open node goes to its first child; Left from a child climbs to the parent.
    expect(treeKeyMove('ArrowRight', 2, keys)).toEqual({ type: 'focus', index: 3 });
    expect(treeKeyMove('ArrowLeft', 5, keys)).toEqual({ type: 'focus', index: 2 });
    expect(treeKeyMove('ArrowLeft', 2, keys)).toEqual({ type: 'collapse' });
    expect(treeKeyMove('ArrowRight', 1, keys)).toEqual({ type: 'expand' });
    expect(treeKeyMove('ArrowLeft', 6, keys)).toBeUndefined();
    expect(treeKeyMove('End', 0, keys)).toEqual({ type: 'focus', index: 6 });
    // "Load more" has nothing to open.
    expect(treeKeyMove('ArrowRight', 5, keys)).toBeUndefined();
  });
});

describe('revealSteps: the tree follows a typed destination', () => {
  const buckets = ['alpha', 'beta'];

  it('opens the bucket, then each folder down, as each listing arrives', () => {
    const to = { bucket: 'alpha', folder: 'photos/2024/' };
    expect(revealSteps(emptyTree, buckets, to)).toEqual({ open: [A], settled: false });
    const rootListed = run(
      { type: 'expand', ids: [A] },
      { type: 'loaded', id: A, folders: ['photos/'], next: null },
    );
    expect(revealSteps(rootListed, buckets, to)).toEqual({ open: [PHOTOS], settled: false });
    const photosListed = run(
      { type: 'expand', ids: [A, PHOTOS] },
      { type: 'loaded', id: A, folders: ['photos/'], next: null },
      { type: 'loaded', id: PHOTOS, folders: ['photos/2024/'], next: null },
    );
    expect(revealSteps(photosListed, buckets, to)).toEqual({
      open: [nodeId('alpha', 'photos/2024/')],
      settled: true,
    });
  });

  it('opens the bucket itself for its top', () => {
    expect(revealSteps(emptyTree, buckets, { bucket: 'beta', folder: '' })).toEqual({
      open: [nodeId('beta', '')],
      settled: true,
    });
  });

  it('settles without opening more where the folder is not listed (yet to be made)', () => {
    const rootListed = run(
      { type: 'expand', ids: [A] },
      { type: 'loaded', id: A, folders: ['docs/'], next: null },
    );
    expect(revealSteps(rootListed, buckets, { bucket: 'alpha', folder: 'new/sub/' })).toEqual({
      open: [],
      settled: true,
    });
  });

  it('waits while a listing on the way is loading, and settles if it failed', () => {
    const loading = run({ type: 'expand', ids: [A] }, { type: 'loadStarted', id: A });
    const to = { bucket: 'alpha', folder: 'docs/' };
    expect(revealSteps(loading, buckets, to)).toEqual({ open: [], settled: false });
    const failed = treeReducer(loading, { type: 'loadFailed', id: A, message: 'denied' });
    expect(revealSteps(failed, buckets, to)).toEqual({ open: [], settled: true });
  });

  it('does nothing for a bucket the tree does not hold', () => {
    expect(revealSteps(emptyTree, buckets, { bucket: 'typed', folder: 'a/' })).toEqual({
      open: [],
      settled: true,
    });
  });
});
