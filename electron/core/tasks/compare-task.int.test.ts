import { describe, expect, it } from 'vitest';
import type { SyncDifference } from '../../../shared/domain/sync.js';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { testProfileDraft } from '../test-support.js';
import { tempDir } from '../transfers/test-files.js';
import { rgwCore } from './test-support/rgw-tasks.js';
import { compareSpec, syncTestKit, write } from './test-support/sync-kit.js';

// Compare as a task of the core against RGW, stopped in the middle: Cancel ends it canceled
// with nothing found, and a restart resumes it from the journal to the same differences a
// compare run without a stop finds.

const { closing, newBucket, holdallClient, putMany, scheduler } = syncTestKit();

/** More than one listing page only there, one file only here, one the same on both sides. */
async function sides(label: string): Promise<{ bucket: string; root: string }> {
  const bucket = await newBucket(label);
  const root = await tempDir(label);
  await write(root, 'here.txt', 'only here');
  await write(root, 'same.txt', 'same bytes', -3);
  const there = Array.from({ length: 1100 }, (_, i) => `site/there/${String(i).padStart(4, '0')}`);
  await putMany(bucket, [...there, 'site/same.txt'], (key) =>
    key === 'site/same.txt' ? 'same bytes' : key,
  );
  return { bucket, root };
}

const expectedCounts = { onlyHere: 1, onlyThere: 1100, newerHere: 0, newerThere: 0, same: 1 };

describe('compare task stopped in the middle', () => {
  it('Cancel during the listing ends it canceled, with no result', async () => {
    const { bucket, root } = await sides('cmp-cancel');
    const client = holdallClient();
    let id = '';
    let canceled: Promise<TaskRecord> | undefined;
    const { scheduler: tasks, ended } = await scheduler(client);
    client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'ListObjectsV2Command' && canceled === undefined)
          canceled = tasks.control(id, 'cancel');
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'testCancelOnList' },
    );

    ({ id } = await tasks.start(compareSpec(bucket), root));

    expect(await ended(id)).toMatchObject({ state: 'canceled', result: null, controls: ['retry'] });
    expect((await canceled)?.state).toBe('canceled');
  });

  it('a restart in the middle resumes it from the journal to the same differences', async () => {
    const { bucket, root } = await sides('cmp-restart');
    const dataDir = await tempDir('cmp-core');
    let closed = false;
    // Closed like the app dying, as soon as the compare runs.
    const first = await rgwCore(dataDir, (record, core) => {
      if (closed || record.state !== 'running') return;
      closed = true;
      core.close();
    });
    const profile = await first.call('profiles.save', testProfileDraft());
    const grant = await first.core.grants.issueRead(HOST_SCOPE, root);
    const spec = { ...compareSpec(bucket), profileId: profile.id, folder: grant };
    const { id } = await first.call('tasks.start', spec);
    await expect.poll(() => closed).toBe(true);
    expect(first.snapshots.filter((s) => s.id === id).map((s) => s.state)).not.toContain(
      'succeeded',
    );

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    expect((await second.call('tasks.list', {})).map((t) => [t.id, t.spec])).toEqual([[id, spec]]);
    const resumed = await second.ended(id);
    expect(resumed).toMatchObject({ state: 'succeeded', problemCount: 0 });
    expect(resumed.result).toMatchObject({ kind: 'compare', counts: expectedCounts });

    const again = await second.core.grants.issueRead(HOST_SCOPE, root);
    const fresh = await second.call('tasks.start', { ...spec, folder: again });
    expect((await second.ended(fresh.id)).result).toMatchObject({ counts: expectedCounts });
    const differences = async (task: string) => {
      const found: SyncDifference[] = [];
      for (let cursor = 0; ;) {
        const page = await second.call('tasks.results', { id: task, cursor, limit: 1000 });
        found.push(...(page.differences ?? []));
        if (page.next >= page.count) return found;
        cursor = page.next;
      }
    };
    const expected = await differences(fresh.id);
    expect(expected).toHaveLength(1101);
    expect(await differences(id)).toEqual(expected);
  });
});
