import { describe, expect, it } from 'vitest';
import type { SizeSpec } from '../../../../shared/domain/folder-size.js';
import { tempDir } from '../../transfers/test-files.js';
import { FolderSizeStore } from '../folder-size-store.js';
import { fakeS3 } from '../test-support/fake-s3.js';
import { fakeContext, onlyForward } from '../test-support/fake-task-context.js';
import { sizeRunner } from './size-runner.js';

// The size runner measures again on a resume: the counts shown go on only past the earlier
// run's, and only a folder's (not a selection's) size is remembered.

const spec: SizeSpec = { kind: 'size', profileId: 'p', bucket: 'b', prefix: 'd/', versions: false };
const objects = { 'd/a': 10, 'd/b': 20, 'd/sub/c': 30, 'd/sub/d': 40, 'e/x': 1000 };

describe('size runner', () => {
  it('a resume counts on from the earlier run without going back, and ends at the real size', async () => {
    const s3 = fakeS3({ pageSize: 1 });
    s3.put('b', objects);
    const store = new FolderSizeStore(await tempDir('size-unit'));
    const { context, recorded } = fakeContext({ before: { itemsDone: 3, bytesDone: 60 } });

    await sizeRunner(() => Promise.resolve(s3.client), store).run(spec, context);

    expect(recorded).toMatchObject({ itemsDone: 4, bytesDone: 100 });
    expect(onlyForward(recorded)).toBe(true);
    expect(recorded.result).toMatchObject({ kind: 'size', objects: 4, bytes: 100 });
    expect(await store.get(spec)).toEqual(recorded.result);
  });

  it('a selection is measured but not remembered as the folder size', async () => {
    const s3 = fakeS3();
    s3.put('b', objects);
    const store = new FolderSizeStore(await tempDir('size-unit'));
    const { context, recorded } = fakeContext();

    const selection = { ...spec, selection: ['d/a', 'd/sub/'] };
    await sizeRunner(() => Promise.resolve(s3.client), store).run(selection, context);

    expect(recorded.result).toMatchObject({ objects: 3, bytes: 80 });
    expect(await store.get(spec)).toBeNull();
  });

  it('stopped between listings, it sets no result and remembers nothing', async () => {
    const { context, controller, recorded } = fakeContext();
    const s3 = fakeS3({ pageSize: 1, onSend: () => controller.abort(new Error('canceled')) });
    s3.put('b', objects);
    const store = new FolderSizeStore(await tempDir('size-unit'));

    const run = sizeRunner(() => Promise.resolve(s3.client), store).run(spec, context);

    await expect(run).rejects.toThrow('canceled');
    expect(s3.sent).toEqual(['ListObjectsV2Command']);
    expect(recorded.result).toBeUndefined();
    expect(await store.get(spec)).toBeNull();
  });
});
