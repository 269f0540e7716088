import { describe, expect, it } from 'vitest';
import type { TaskSpec } from '../../../../shared/domain/task.js';
import { fakeS3 } from '../test-support/fake-s3.js';
import { fakeContext, onlyForward } from '../test-support/fake-task-context.js';
import { searchRunner } from './search-runner.js';

// The search runner's own logic: the scanned count goes on past an earlier run's only, the
// cap ends the walk, and a Cancel stops it with nothing more found.

type SearchSpec = Extract<TaskSpec, { kind: 'search' }>;
const spec: SearchSpec = {
  kind: 'search',
  profileId: 'p',
  bucket: 'b',
  prefix: 'd/',
  criteria: { name: { mode: 'substring', pattern: 'cat', caseSensitive: false } },
};
const objects = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`d/${i % 3}/${i % 2 === 0 ? 'cat' : 'dog'}-${i}.jpg`, i]),
);

describe('search runner', () => {
  it('finds the matching keys; a resume counts scanned keys only past the earlier run', async () => {
    const s3 = fakeS3({ pageSize: 4 });
    s3.put('b', { ...objects, 'e/cat.jpg': 1 });
    const { context, recorded } = fakeContext({ before: { itemsDone: 20, bytesDone: 0 } });

    await searchRunner(() => Promise.resolve(s3.client)).run(spec, context);

    expect(recorded.itemsDone).toBe(30);
    expect(onlyForward(recorded)).toBe(true);
    const found = recorded.found.map((m) => ('key' in m ? m.key : m.path)).sort();
    expect(found).toEqual(
      Object.keys(objects)
        .filter((key) => key.includes('cat'))
        .sort(),
    );
  });

  it('stops listing once the cap is reached', async () => {
    const s3 = fakeS3({ pageSize: 1 });
    s3.put('b', objects);
    const { context, recorded } = fakeContext({ cap: 2 });

    await searchRunner(() => Promise.resolve(s3.client), { concurrency: 1 }).run(spec, context);

    expect(recorded.found).toHaveLength(2);
    expect(recorded.itemsDone).toBeLessThan(30);
  });

  it('a Cancel stops the walk and ends the run with its reason', async () => {
    const { context, controller, recorded } = fakeContext();
    const s3 = fakeS3({ pageSize: 2, onSend: () => controller.abort(new Error('canceled')) });
    s3.put('b', objects);

    const run = searchRunner(() => Promise.resolve(s3.client)).run(spec, context);

    await expect(run).rejects.toThrow('canceled');
    expect(s3.sent).toEqual(['ListObjectsV2Command']);
    expect(recorded.found).toEqual([]);
  });
});
