import { describe, expect, it } from 'vitest';
import type { TransferSpec } from '../../../../shared/domain/copy-task.js';
import { dialects } from '../../s3/dialects.js';
import { fakeS3 } from '../test-support/fake-s3.js';
import type { FakeS3 } from '../test-support/fake-s3.js';
import { fakeContext, onlyForward } from '../test-support/fake-task-context.js';
import { transferRunner } from './transfer-runner.js';

// The transfer runner's own counting on a resume: a copy lists every source again and counts
// only past the earlier runs; a move lists only what is left and counts on. And a Cancel
// starts no further copy.

const names = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
const tenBytes = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 10]));
const spec = (kind: 'copy' | 'move'): TransferSpec => ({
  kind,
  profileId: 'p',
  bucket: 'from',
  targetBucket: 'to',
  items: [{ kind: 'folder', source: 'src/', target: 'dst/' }],
  ifExists: 'overwrite',
});
const runner = (s3: FakeS3) =>
  transferRunner(() => Promise.resolve({ client: s3.client, dialect: dialects.generic }));

describe('transfer runner', () => {
  it('a resumed copy copies only what is missing and counts every object once', async () => {
    const s3 = fakeS3();
    const sources = names(5, 'src/');
    s3.put('from', tenBytes(sources));
    // Before the restart three copies were stored and counted.
    s3.put('to', tenBytes(names(3, 'dst/')));
    const { context, recorded } = fakeContext({ before: { itemsDone: 3, bytesDone: 30 } });

    await runner(s3).run(spec('copy'), context);

    expect(recorded.totals).toEqual([{ items: 5, bytes: 50 }]);
    expect(recorded).toMatchObject({ itemsDone: 5, bytesDone: 50 });
    expect(onlyForward(recorded)).toBe(true);
    expect(s3.count('CopyObjectCommand')).toBe(2);
    expect(recorded.result).toEqual({ kind: 'transfer', copied: 5, skipped: 0, deleted: 0 });
    expect(s3.keys('from')).toEqual(sources);
  });

  it('a resumed move lists only the sources left, and its counts go on from the earlier runs', async () => {
    const s3 = fakeS3();
    // Three objects were moved before the restart: their sources are gone.
    s3.put('from', tenBytes(names(5, 'src/').slice(3)));
    s3.put('to', tenBytes(names(3, 'dst/')));
    const { context, recorded } = fakeContext({ before: { itemsDone: 3, bytesDone: 30 } });

    await runner(s3).run(spec('move'), context);

    expect(recorded.totals).toEqual([{ items: 5, bytes: 50 }]);
    expect(recorded).toMatchObject({ itemsDone: 5, bytesDone: 50 });
    expect(s3.keys('from')).toEqual([]);
    expect(s3.keys('to')).toEqual(names(5, 'dst/'));
  });

  it('a Cancel starts no further copy: only those already sent went, and no problem is named', async () => {
    const { context, controller, recorded } = fakeContext();
    const s3 = fakeS3({
      onSend: (name) => {
        if (name === 'CopyObjectCommand') controller.abort(new Error('canceled'));
      },
    });
    s3.put('from', tenBytes(names(40, 'src/')));

    await expect(runner(s3).run(spec('copy'), context)).rejects.toThrow('canceled');

    // At most the copies sent at once before the Cancel was heard.
    expect(s3.count('CopyObjectCommand')).toBeLessThanOrEqual(8);
    expect(recorded.problems).toEqual([]);
    expect(recorded.result).toBeUndefined();
  });
});
