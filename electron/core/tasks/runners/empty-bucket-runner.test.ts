import { describe, expect, it } from 'vitest';
import { fakeS3 } from '../test-support/fake-s3.js';
import { fakeContext, onlyForward } from '../test-support/fake-task-context.js';
import { emptyBucketRunner } from './empty-bucket-runner.js';

// Emptying a bucket: a resume counts on from the earlier runs (what went is not listed again),
// the keys the server keeps become problems, and a Cancel stops between requests.

const spec = { kind: 'emptyBucket', profileId: 'p', bucket: 'b', deleteBucket: false } as const;
const keys = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`k-${String(i).padStart(4, '0')}`, 1]));

describe('empty bucket runner', () => {
  it('a resume counts only what is left on top of the earlier runs', async () => {
    const s3 = fakeS3();
    s3.put('b', keys(1200));
    const { context, recorded } = fakeContext({ before: { itemsDone: 800, bytesDone: 0 } });

    await emptyBucketRunner(() => Promise.resolve(s3.client)).run(spec, context);

    expect(recorded.itemsDone).toBe(2000);
    expect(onlyForward(recorded)).toBe(true);
    expect(s3.keys('b')).toEqual([]);
  });

  it('keys the server keeps become problems and the run fails with BucketNotEmpty', async () => {
    const s3 = fakeS3({ refuse: ['k-0003', 'k-0007'] });
    s3.put('b', keys(10));
    const { context, recorded } = fakeContext();

    const run = emptyBucketRunner(() => Promise.resolve(s3.client)).run(spec, context);

    await expect(run).rejects.toMatchObject({ code: 'BucketNotEmpty' });
    expect(recorded.problems.map((p) => [p.item, p.code])).toEqual([
      ['k-0003', 'AccessDenied'],
      ['k-0007', 'AccessDenied'],
    ]);
    expect(recorded.itemsDone).toBe(8);
    expect(s3.count('ListMultipartUploadsCommand')).toBe(0);
  });

  it('a Cancel during a delete sends no further request', async () => {
    const { context, controller, recorded } = fakeContext();
    const s3 = fakeS3({
      onSend: (name) => {
        if (name === 'DeleteObjectsCommand') controller.abort(new Error('canceled'));
      },
    });
    s3.put('b', keys(2500));

    const run = emptyBucketRunner(() => Promise.resolve(s3.client)).run(spec, context);

    await expect(run).rejects.toThrow();
    expect(s3.count('DeleteObjectsCommand')).toBe(1);
    expect(recorded.itemsDone).toBeLessThanOrEqual(1000);
    expect(s3.keys('b').length).toBeGreaterThanOrEqual(1500);
  });
});
