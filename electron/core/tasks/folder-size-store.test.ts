import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FolderSize } from '../../../shared/domain/folder-size.js';
import { tempDir } from '../transfers/test-files.js';
import { FolderSizeStore } from './folder-size-store.js';

const size = (objects: number): FolderSize => ({
  kind: 'size',
  objects,
  bytes: objects * 10,
  byStorageClass: [{ storageClass: 'STANDARD', objects, bytes: objects * 10 }],
  incompleteUploads: 0,
  noncurrent: null,
  computedAt: '2026-12-06T00:00:00.000Z',
});
const place = (prefix: string) => ({ profileId: 'conn-1', bucket: 'b', prefix, versions: false });

describe('FolderSizeStore', () => {
  it('remembers the latest size per place, apart for another connection or with versions', async () => {
    const dir = await tempDir('sizes');
    const store = new FolderSizeStore(dir);
    await store.remember(place('a/'), size(1));
    await store.remember(place('a/'), size(2));

    const reopened = new FolderSizeStore(dir);
    expect(await reopened.get(place('a/'))).toEqual(size(2));
    expect(await reopened.get({ ...place('a/'), versions: true })).toBeNull();
    expect(await reopened.get({ ...place('a/'), profileId: 'conn-2' })).toBeNull();
  });

  it('keeps at most its limit, forgetting the oldest, also when sizes end together', async () => {
    const store = new FolderSizeStore(await tempDir('sizes-cap'), 3);
    await Promise.all(['a/', 'b/', 'c/', 'd/'].map((p, i) => store.remember(place(p), size(i))));

    expect(await store.get(place('a/'))).toBeNull();
    expect(await store.get(place('d/'))).toEqual(size(3));
    expect(await store.get(place('b/'))).toEqual(size(1));
  });

  it('treats a damaged file as nothing remembered, and writes over it', async () => {
    const dir = await tempDir('sizes-bad');
    await writeFile(join(dir, 'folder-sizes.json'), '{"entries": [nope');
    const store = new FolderSizeStore(dir);

    expect(await store.get(place(''))).toBeNull();
    await store.remember(place(''), size(4));
    expect(await store.get(place(''))).toEqual(size(4));
  });
});
