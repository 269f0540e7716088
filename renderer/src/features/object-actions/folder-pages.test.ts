import { describe, expect, it } from 'vitest';
import { fakeClient } from './fake-client.test-support.js';
import { FOLDER_PAGE_SIZE, loadFolderPage, PAGES_PER_LOAD } from './folder-pages.js';

const at = { profileId: 'p1', bucket: 'alpha', prefix: 'photos/' };
const page = (folders: string[], next: string | null) => ({
  prefix: at.prefix,
  folders,
  objects: [],
  nextContinuationToken: next,
});

describe('loadFolderPage', () => {
  it('lists one page of subfolders and says where the next starts', async () => {
    const { client, calls } = fakeClient(() => page(['photos/2023/', 'photos/2024/'], 't2'));
    expect(await loadFolderPage(client, at, undefined)).toEqual({
      folders: ['photos/2023/', 'photos/2024/'],
      next: 't2',
    });
    expect(calls).toEqual([
      {
        channel: 'objects.list',
        input: { ...at, maxKeys: FOLDER_PAGE_SIZE },
      },
    ]);
  });

  it('goes on from a continuation token', async () => {
    const { client, calls } = fakeClient(() => page(['photos/z/'], null));
    expect(await loadFolderPage(client, at, 't2')).toEqual({ folders: ['photos/z/'], next: null });
    expect(calls[0]?.input['continuationToken']).toBe('t2');
  });

  it('reads past pages of objects only, but no more than a few per load', async () => {
    let n = 0;
    const { client, calls } = fakeClient(() => page([], `t${++n}`));
    expect(await loadFolderPage(client, at, undefined)).toEqual({
      folders: [],
      next: `t${PAGES_PER_LOAD}`,
    });
    expect(calls).toHaveLength(PAGES_PER_LOAD);

    let m = 0;
    const found = fakeClient(() => (++m < 3 ? page([], `t${m}`) : page(['photos/late/'], 'later')));
    expect(await loadFolderPage(found.client, at, undefined)).toEqual({
      folders: ['photos/late/'],
      next: 'later',
    });
    expect(found.calls).toHaveLength(3);
  });

  it('passes a failed listing on as it came', async () => {
    const { client } = fakeClient(() => {
      throw new Error('Access Denied');
    });
    await expect(loadFolderPage(client, at, undefined)).rejects.toThrow('Access Denied');
  });
});
