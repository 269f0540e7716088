import { describe, expect, it } from 'vitest';
import type { DeleteTaskSpec } from '../../../../shared/domain/delete-task.js';
import { fakeS3 } from '../test-support/fake-s3.js';
import { fakeContext, onlyForward } from '../test-support/fake-task-context.js';
import { deleteRunner } from './delete-runner.js';

// The delete runner's own counting: a resume deletes the keys again but counts them once,
// refused keys become problems, and a Cancel stops between two requests.

const bucket = 'b';
const names = (n: number, prefix = 'k-') =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
const spec = (keys: string[], prefixes: string[] = []): DeleteTaskSpec => ({
  kind: 'delete',
  profileId: 'p',
  bucket,
  keys,
  prefixes,
});
const sizes = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 1]));

describe('delete runner', () => {
  it('counts a selection of keys against a known total, a thousand per request', async () => {
    const s3 = fakeS3();
    const keys = names(2500);
    s3.put(bucket, sizes(keys));
    const { context, recorded } = fakeContext();

    await deleteRunner(() => Promise.resolve(s3.client)).run(spec(keys), context);

    expect(recorded.totals).toEqual([{ items: 2500 }]);
    expect(recorded.itemsDone).toBe(2500);
    expect(s3.count('DeleteObjectsCommand')).toBe(3);
    expect(s3.keys(bucket)).toEqual([]);
  });

  it('a resume deletes the keys again but counts only past what earlier runs counted', async () => {
    const s3 = fakeS3();
    const keys = names(2500);
    // The first 1,000 went before the restart; the server still answers them as deleted.
    s3.put(bucket, sizes(keys.slice(1000)));
    const { context, recorded } = fakeContext({ before: { itemsDone: 1000, bytesDone: 0 } });

    await deleteRunner(() => Promise.resolve(s3.client)).run(spec(keys), context);

    expect(recorded.itemsDone).toBe(2500);
    expect(onlyForward(recorded)).toBe(true);
  });

  it('a resume of keys and a folder counts every object once: keys first, then the folder', async () => {
    const s3 = fakeS3();
    // Earlier: both keys and two of the folder's seven objects went.
    s3.put(bucket, sizes(names(5, 'f/')));
    const { context, recorded } = fakeContext({ before: { itemsDone: 4, bytesDone: 0 } });

    await deleteRunner(() => Promise.resolve(s3.client)).run(spec(['x', 'y'], ['f/']), context);

    expect(recorded.itemsDone).toBe(2 + 7);
    // A folder's count is known only by listing it.
    expect(recorded.totals).toEqual([]);
    expect(s3.keys(bucket)).toEqual([]);
  });

  it('keys the server keeps become problems and the run fails naming the first', async () => {
    const s3 = fakeS3({ refuse: ['k-0001', 'f/k-0002'] });
    const keys = names(4);
    s3.put(bucket, { ...sizes(keys), ...sizes(names(3, 'f/k-')) });
    const { context, recorded } = fakeContext();

    const run = deleteRunner(() => Promise.resolve(s3.client)).run(spec(keys, ['f/']), context);

    await expect(run).rejects.toThrow(
      '2 objects could not be deleted (first: k-0001: AccessDenied)',
    );
    expect(recorded.problems).toEqual([
      { item: 'k-0001', code: 'AccessDenied', message: 'Refused.' },
      { item: 'f/k-0002', code: 'AccessDenied', message: 'Refused.' },
    ]);
    expect(recorded.itemsDone).toBe(5);
    expect(s3.keys(bucket)).toEqual(['f/k-0002', 'k-0001']);
  });

  it('a Cancel during a request sends no further request, and the count says what went', async () => {
    const keys = names(2500);
    const { context, controller, recorded } = fakeContext();
    const s3 = fakeS3({
      onSend: (name) => {
        if (name === 'DeleteObjectsCommand') controller.abort(new Error('canceled'));
      },
    });
    s3.put(bucket, sizes(keys));

    const run = deleteRunner(() => Promise.resolve(s3.client)).run(spec(keys, ['f/']), context);

    await expect(run).rejects.toThrow();
    expect(s3.sent).toEqual(['DeleteObjectsCommand']);
    expect(recorded.itemsDone).toBe(1000);
    expect(s3.keys(bucket)).toHaveLength(1500);
  });
});
