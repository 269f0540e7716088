import { describe, expect, it } from 'vitest';
import { sourcesFromFiles, walkDrop } from './drop-tree.js';
import type { EntryLike } from './drop-tree.js';

/** Fake File and Directories API entries: folders read in batches, like Chromium's 100. */
function file(name: string, body = name, fail = false): EntryLike {
  return {
    name,
    isFile: true,
    isDirectory: false,
    file: (ok: (f: File) => void, bad?: (err: unknown) => void) =>
      queueMicrotask(() => (fail ? bad?.(new Error('denied')) : ok(new File([body], name)))),
  } as EntryLike;
}

function folder(name: string, children: EntryLike[], batch = 2): EntryLike {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: EntryLike[]) => void) =>
          queueMicrotask(() => {
            ok(children.slice(at, at + batch));
            at += batch;
          }),
      };
    },
  } as EntryLike;
}

describe('walkDrop', () => {
  it('keeps each file’s path under the dropped folder, reading every batch', async () => {
    const tree = folder('photos', [
      file('a.jpg'),
      file('b.jpg'),
      folder('2024', [file('c.jpg'), folder('empty', [])]),
      file('d.jpg'),
    ]);
    const { sources, unreadable } = await walkDrop([{ entry: tree }, { entry: file('top.txt') }]);
    expect(sources.map((s) => s.relativePath)).toEqual([
      'photos/a.jpg',
      'photos/b.jpg',
      'photos/2024/c.jpg',
      'photos/d.jpg',
      'top.txt',
    ]);
    expect(unreadable).toEqual([]);
    expect(await sources[2]?.file.text()).toBe('c.jpg');
  });

  it('takes plain files (no entry offered) under their own name', async () => {
    const plain = new File(['x'], 'plain.bin');
    const { sources } = await walkDrop([{ file: plain }]);
    expect(sources).toEqual([{ file: plain, relativePath: 'plain.bin' }]);
  });

  it('reports unreadable files and goes on with the rest', async () => {
    const tree = folder('docs', [file('secret.txt', '', true), file('ok.txt')]);
    const { sources, unreadable } = await walkDrop([{ entry: tree }]);
    expect(sources.map((s) => s.relativePath)).toEqual(['docs/ok.txt']);
    expect(unreadable).toEqual(['docs/secret.txt']);
  });

  it('walks a folder of more than one batch', async () => {
    const many = Array.from({ length: 250 }, (_, i) => file(`f${i}`));
    const { sources } = await walkDrop([{ entry: folder('big', many, 100) }]);
    expect(sources).toHaveLength(250);
    expect(sources.at(-1)?.relativePath).toBe('big/f249');
  });
});

describe('sourcesFromFiles', () => {
  it('uses webkitRelativePath from a folder picker and the name otherwise', () => {
    const picked = new File(['1'], 'a.txt');
    Object.defineProperty(picked, 'webkitRelativePath', { value: 'photos/sub/a.txt' });
    const loose = new File(['2'], 'b.txt');
    expect(sourcesFromFiles([picked, loose]).map((s) => s.relativePath)).toEqual([
      'photos/sub/a.txt',
      'b.txt',
    ]);
  });
});
