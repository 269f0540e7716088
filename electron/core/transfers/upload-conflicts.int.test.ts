import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictPolicy } from '../../../shared/domain/transfer-job.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { bucketReads, enqueueIn } from './test-support/bucket-reads.js';
import { harness } from './test-support/queue-harness.js';
import { wrapRequests } from './test-support/object-requests.js';
import type { Harness } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';

const admin = adminClient();
let bucket: TestBucket;
let h: Harness;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'up-conflicts');
  h = harness(await tempDir('journal'), { settings: { concurrency: 8 } });
});
afterAll(async () => {
  await h.close();
  await bucket.remove();
  admin.destroy();
});

const { text, keysUnder } = bucketReads(admin, () => bucket.name);

/** Local files named like the keys, holding "local <name>". */
async function localFiles(names: string[]): Promise<string[]> {
  const dir = await tempDir('up-conflict-files');
  for (const name of names) await writeFile(join(dir, name), `local ${name}`);
  return names.map((name) => join(dir, name));
}

/** Commands this test's own uploads sent (the harness counts for the whole file). */
function countsFrom(): () => { list: number; head: number; put: number } {
  const at = (name: string) => h.counts.get(name) ?? 0;
  const start = { list: at('ListObjectsV2Command'), head: at('HeadObjectCommand') };
  const put = at('PutObjectCommand');
  return () => ({
    list: at('ListObjectsV2Command') - start.list,
    head: at('HeadObjectCommand') - start.head,
    put: at('PutObjectCommand') - put,
  });
}

function upload(prefix: string, paths: string[], conflict: ConflictPolicy) {
  return enqueueIn(h, bucket.name, prefix, paths, conflict);
}

async function settledAll(ids: string[]) {
  return Promise.all(ids.map((id) => h.queue.settled(id)));
}

describe('upload conflicts against RGW', () => {
  it('200 files dropped into a folder: one ListObjectsV2 page and no HeadObject', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `f${String(i).padStart(3, '0')}.txt`);
    await bucket.put({ 'many/f007.txt': 'server f007', 'many/f150.txt': 'server f150' });
    const paths = await localFiles(names);
    const counted = countsFrom();
    const jobs = await upload('many/', paths, 'skip');
    const done = await settledAll(jobs.map((j) => j.id));
    expect(done.every((j) => j.state === 'succeeded')).toBe(true);
    expect(done.filter((j) => j.skippedCount === 1).map((j) => j.key)).toEqual([
      'many/f007.txt',
      'many/f150.txt',
    ]);
    expect(counted()).toEqual({ list: 1, head: 0, put: 198 });
    expect(await text('many/f007.txt')).toBe('server f007');
    expect(await text('many/f008.txt')).toBe('local f008.txt');
    expect(await keysUnder('many/')).toHaveLength(200);
  }, 60_000);

  it('a folder uploaded where nothing is: one listing, no question, no HeadObject', async () => {
    const root = join(await tempDir('up-conflict-tree'), 'album');
    await mkdir(join(root, 'inner'), { recursive: true });
    await writeFile(join(root, 'a.txt'), 'a');
    await writeFile(join(root, 'inner', 'b.txt'), 'b');
    // A key beside the folder's prefix is no conflict: only album/ is listed.
    await bucket.put({ 'tree/albumish.txt': 'neighbour' });
    const counted = countsFrom();
    const [job] = await upload('tree/', [root], 'ask');
    const done = await h.queue.settled(job?.id ?? '');
    expect(done).toMatchObject({ state: 'succeeded', filesDone: 2, skippedCount: 0 });
    expect(h.states.some((s) => s.id === job?.id && s.conflict !== null)).toBe(false);
    expect(counted()).toEqual({ list: 1, head: 0, put: 2 });
    expect(await keysUnder('tree/album/')).toEqual(['tree/album/a.txt', 'tree/album/inner/b.txt']);
  });

  it('each policy does what it says, checked on the server', async () => {
    await bucket.put({
      'p/over.txt': 'server over',
      'p/skip.txt': 'server skip',
      'p/both.txt': 'server both',
    });
    const [over, skip, both] = await localFiles(['over.txt', 'skip.txt', 'both.txt']);
    const results = await Promise.all([
      upload('p/', [over ?? ''], 'overwrite'),
      upload('p/', [skip ?? ''], 'skip'),
      upload('p/', [both ?? ''], 'keepBoth'),
    ]);
    const [o, s, b] = await settledAll(results.map(([job]) => job?.id ?? ''));
    expect(o).toMatchObject({ state: 'succeeded', skippedCount: 0, key: 'p/over.txt' });
    expect(s).toMatchObject({ state: 'succeeded', skippedCount: 1, key: 'p/skip.txt' });
    expect(b).toMatchObject({ state: 'succeeded', skippedCount: 0, key: 'p/both (1).txt' });
    expect(await text('p/over.txt')).toBe('local over.txt');
    expect(await text('p/skip.txt')).toBe('server skip');
    expect(await text('p/both.txt')).toBe('server both');
    expect(await text('p/both (1).txt')).toBe('local both.txt');
  });

  it('asks about an existing name; "apply to all" answers the other files of the same drop', async () => {
    await bucket.put({ 'ask/a.txt': 'server a', 'ask/b.txt': 'server b' });
    const paths = await localFiles(['a.txt', 'b.txt', 'c.txt']);
    const jobs = await upload('ask/', paths, 'ask');
    const asking = await h.waitFor((j) => jobs.some((x) => x.id === j.id) && j.conflict !== null);
    expect(asking.conflict).toEqual({ key: asking.key, localPath: null, coversOthers: true });
    expect(['ask/a.txt', 'ask/b.txt']).toContain(asking.key);
    expect(await text(asking.key)).toBe(`server ${asking.key.slice(4, 5)}`);
    await h.queue.resolveConflict(asking.id, 'keepBoth', true);
    const done = await settledAll(jobs.map((j) => j.id));
    expect(done.map((j) => [j.key, j.state, j.conflictPolicy])).toEqual([
      ['ask/a (1).txt', 'succeeded', 'keepBoth'],
      ['ask/b (1).txt', 'succeeded', 'keepBoth'],
      ['ask/c.txt', 'succeeded', 'keepBoth'],
    ]);
    expect(await keysUnder('ask/')).toEqual([
      'ask/a (1).txt',
      'ask/a.txt',
      'ask/b (1).txt',
      'ask/b.txt',
      'ask/c.txt',
    ]);
    expect(await text('ask/a.txt')).toBe('server a');
    expect(await text('ask/a (1).txt')).toBe('local a.txt');
  });

  it('"keep both" avoids existing keys and the names of the other files uploaded with it', async () => {
    // "doc (1).txt" exists on the server, "doc (2).txt" is another file of this drop.
    await bucket.put({ 'kb/doc.txt': 'server doc', 'kb/doc (1).txt': 'server doc 1' });
    const paths = await localFiles(['doc.txt', 'doc (2).txt']);
    // The first PUT of "doc (2).txt" is held until doc.txt has settled, so that file is not on
    // the server yet when doc.txt picks its name: only knowing the drop's own names avoids it.
    let reach = (): void => undefined;
    let letGo = (): void => undefined;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    const released = new Promise<void>((resolve) => (letGo = resolve));
    let holding = true;
    const stopHolding = wrapRequests(h.client, async ({ commandName, input }, next) => {
      if (holding && commandName === 'PutObjectCommand' && input.Key === 'kb/doc (2).txt') {
        holding = false;
        reach();
        await released;
      }
      return next();
    });
    const jobs = await upload('kb/', paths, 'keepBoth');
    await reached;
    const first = await h.queue.settled(jobs[0]?.id ?? '');
    letGo();
    stopHolding();
    const done = [first, await h.queue.settled(jobs[1]?.id ?? '')];
    expect(done.map((j) => j.key)).toEqual(['kb/doc (3).txt', 'kb/doc (2).txt']);
    expect(await text('kb/doc.txt')).toBe('server doc');
    expect(await text('kb/doc (1).txt')).toBe('server doc 1');
    expect(await text('kb/doc (2).txt')).toBe('local doc (2).txt');
    expect(await text('kb/doc (3).txt')).toBe('local doc.txt');
  });

  it('"keep both" in a folder avoids names another file of the folder will take', async () => {
    const root = join(await tempDir('up-conflict-kb'), 'notes');
    await mkdir(root);
    // No extension: "README (1)" sorts after "README", so the walk meets README first.
    await writeFile(join(root, 'README'), 'local README');
    await writeFile(join(root, 'README (1)'), 'local README (1)');
    await bucket.put({ 'kbf/notes/README': 'server README' });
    const [job] = await upload('kbf/', [root], 'keepBoth');
    expect(await h.queue.settled(job?.id ?? '')).toMatchObject({ state: 'succeeded' });
    expect(await keysUnder('kbf/notes/')).toEqual([
      'kbf/notes/README',
      'kbf/notes/README (1)',
      'kbf/notes/README (2)',
    ]);
    expect(await text('kbf/notes/README')).toBe('server README');
    expect(await text('kbf/notes/README (1)')).toBe('local README (1)');
    expect(await text('kbf/notes/README (2)')).toBe('local README');
  });
});
