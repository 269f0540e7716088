import { describe, expect, it } from 'vitest';
import type { SyncSpec } from '../../../../shared/domain/sync.js';
import type { TransferJournal } from '../../transfers/journal.js';
import { tempDir } from '../../transfers/test-files.js';
import { fakeS3 } from '../test-support/fake-s3.js';
import type { FakeS3 } from '../test-support/fake-s3.js';
import { fakeContext } from '../test-support/fake-task-context.js';
import { syncSpec } from '../test-support/sync-kit.js';
import { syncRunner } from './sync-runner.js';

// The sync runner's own logic around its copies: totals on a resume, a mirror's confirmed
// deletions (kept when no longer only on the written side), a refused delete as a problem,
// and a dry run that writes nothing. Nothing here needs a copy, so no transfer is faked.

const runner = (s3: FakeS3) =>
  syncRunner({
    clientFor: () => Promise.resolve(s3.client),
    transferClientFor: () => Promise.resolve(s3.client),
    // Only copies use the journal; these syncs copy nothing.
    journal: () => Promise.resolve({} as TransferJournal),
    toError: (err) => ({ code: 'Internal', message: String(err) }),
  });

/** Three objects only on the server; the local folder is empty. */
async function onlyThere(refuse: string[] = []) {
  const s3 = fakeS3({ refuse });
  s3.put('b', { 'site/a': 10, 'site/b': 20, 'site/c': 30 });
  return { s3, root: await tempDir('sync-unit') };
}

const mirror = (overrides: Partial<SyncSpec>) =>
  syncSpec('b', { direction: 'mirror-up', deletions: ['a', 'gone'], ...overrides });

describe('sync runner', () => {
  it('a resumed mirror deletes only the confirmed paths still only there; totals go on from the earlier runs', async () => {
    const { s3, root } = await onlyThere();
    const before = { itemsDone: 5, bytesDone: 100 };
    const { context, recorded } = fakeContext({ local: root, before });

    await runner(s3).run(mirror({}), context);

    expect(recorded.totals).toEqual([{ items: 6, bytes: 100 }]);
    expect(recorded.itemsDone).toBe(6);
    expect(recorded.result).toMatchObject({ copied: 0, deleted: 1, keptDeletions: 1 });
    expect(s3.keys('b')).toEqual(['site/b', 'site/c']);
  });

  it('a refused delete is a problem named by its path, and the run fails saying how many', async () => {
    const { s3, root } = await onlyThere(['site/b']);
    const { context, recorded } = fakeContext({ local: root });

    const run = runner(s3).run(mirror({ deletions: ['a', 'b'] }), context);

    await expect(run).rejects.toThrow('1 item could not be synced');
    expect(recorded.problems).toEqual([{ item: 'b', code: 'AccessDenied', message: 'Refused.' }]);
    expect(recorded.itemsDone).toBe(1);
    expect(s3.keys('b')).toEqual(['site/b', 'site/c']);
  });

  it('a dry run lists the differences and writes nothing', async () => {
    const { s3, root } = await onlyThere();
    const { context, recorded } = fakeContext({ local: root });

    await runner(s3).run(mirror({ dryRun: true }), context);

    expect(recorded.found).toHaveLength(3);
    expect(recorded.result).toMatchObject({ dryRun: true, copied: 0, deleted: 0 });
    expect(recorded.totals).toEqual([]);
    expect(s3.count('DeleteObjectsCommand')).toBe(0);
    expect(s3.keys('b')).toHaveLength(3);
  });
});
