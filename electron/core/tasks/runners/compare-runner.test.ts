import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CompareSpec } from '../../../../shared/domain/sync.js';
import { tempDir } from '../../transfers/test-files.js';
import { fakeS3 } from '../test-support/fake-s3.js';
import { fakeContext, onlyForward } from '../test-support/fake-task-context.js';
import { compareSpec, write } from '../test-support/sync-kit.js';
import { compareRunner } from './compare-runner.js';

// The compare runner's own logic: it compares again on a resume but counts entries seen only
// past the earlier run, keeps the differences as results, and refuses a folder that is gone.

const spec: CompareSpec = compareSpec('b');

async function sides() {
  const root = await tempDir('cmp-unit');
  await write(root, 'here.txt', 'only here');
  await write(root, 'grown.txt', 'longer here than there');
  const s3 = fakeS3({ pageSize: 2 });
  s3.put('b', { 'site/grown.txt': 3, 'site/there/1': 1, 'site/there/2': 2, 'other/x': 9 });
  return { root, s3 };
}

describe('compare runner', () => {
  it('keeps the differences and their counts; a resume counts only past the earlier run', async () => {
    const { root, s3 } = await sides();
    const runner = compareRunner(() => Promise.resolve(s3.client));
    const whole = fakeContext({ local: root });
    await runner.run(spec, whole.context);
    const seen = whole.recorded.itemsDone;
    // An earlier run had seen all but one entry before the restart.
    const { context, recorded } = fakeContext({
      local: root,
      before: { itemsDone: seen - 1, bytesDone: 0 },
    });

    await runner.run(spec, context);

    const differences = Object.fromEntries(
      recorded.found.map((d) => ('path' in d ? [d.path, d.difference] : [d.key, 'match'])),
    );
    expect(differences).toEqual({
      'here.txt': 'onlyHere',
      'grown.txt': 'newerHere',
      'there/1': 'onlyThere',
      'there/2': 'onlyThere',
    });
    expect(recorded.result).toMatchObject({
      kind: 'compare',
      counts: { onlyHere: 1, onlyThere: 2, newerHere: 1, newerThere: 0, same: 0 },
    });
    expect(onlyForward(recorded)).toBe(true);
    expect(seen).toBeGreaterThan(1);
    expect(recorded.itemsDone).toBe(seen);
  });

  it('a folder no longer there fails the run before anything is listed', async () => {
    const { root, s3 } = await sides();
    await rm(root, { recursive: true });
    const { context, recorded } = fakeContext({ local: root });

    const run = compareRunner(() => Promise.resolve(s3.client)).run(spec, context);

    await expect(run).rejects.toMatchObject({ code: 'LocalFileError' });
    expect(s3.sent).toEqual([]);
    expect(recorded.result).toBeUndefined();
  });

  it('a Cancel during the listing ends the run with nothing found', async () => {
    const { root, s3: stored } = await sides();
    const { context, controller, recorded } = fakeContext({ local: root });
    const s3 = fakeS3({ pageSize: 2, onSend: () => controller.abort(new Error('canceled')) });
    s3.buckets.set('b', stored.buckets.get('b')!);

    const run = compareRunner(() => Promise.resolve(s3.client)).run(spec, context);

    await expect(run).rejects.toThrow('canceled');
    expect(recorded.found).toEqual([]);
    expect(recorded.result).toBeUndefined();
  });
});
