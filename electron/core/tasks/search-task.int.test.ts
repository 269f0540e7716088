import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client, _Object } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { adminClient, uniqueBucketName } from '../../../e2e/fixtures/s3.js';
import type { SearchCriteria } from '../../../shared/domain/search.js';
import type { SchedulerSpec } from './task-runner.js';
import { createS3Client } from '../s3/client-factory.js';
import { deleteBucket } from '../services/buckets-delete.js';
import { testProfileDraft, testSettings } from '../test-support.js';
import { tempDir } from '../transfers/test-files.js';
import { rgwCore, rgwScheduler } from './test-support/rgw-tasks.js';

// Search as a task of the core, against RGW: each criterion finds what a plain SDK listing,
// filtered by hand, finds; Cancel stops the listing; the cap stops the task and says so; a
// restart in the middle runs the search again from the start.

const admin = adminClient();
const closing: (() => Promise<unknown>)[] = [];
const buckets: string[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
  await Promise.all(
    buckets.splice(0).map((b) => deleteBucket(admin, { bucket: b, emptyFirst: true })),
  );
});
afterAll(() => admin.destroy());

async function put(
  bucket: string,
  keys: readonly string[],
  extra: { size?: number; rr?: boolean } = {},
) {
  let next = 0;
  const worker = async () => {
    for (let key = keys[next++]; key !== undefined; key = keys[next++]) {
      await admin.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: 'x'.repeat(extra.size ?? 1),
          ...(extra.rr === true ? { StorageClass: 'REDUCED_REDUNDANCY' } : {}),
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** Every object under a prefix, read with the plain SDK client in one flat listing. */
async function stored(bucket: string, prefix = ''): Promise<_Object[]> {
  const all: _Object[] = [];
  let token: string | undefined;
  do {
    const page = await admin.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    all.push(...(page.Contents ?? []));
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return all;
}

const keysOf = (objects: readonly { Key?: string | undefined }[]) =>
  objects.map((o) => o.Key ?? '').sort();

let shared: { bucket: string; boundary: string } | undefined;
/**
 * One bucket for the criteria tests: 3 levels of folders; two batches a second apart (so a
 * modified range can split them); small and larger objects; some REDUCED_REDUNDANCY.
 */
async function criteriaBucket(): Promise<{ bucket: string; boundary: string }> {
  if (shared !== undefined) return shared;
  const bucket = uniqueBucketName('search');
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  const early = Array.from({ length: 60 }, (_, i) => `docs/${i % 4}/${i % 3}/Report-${i}.pdf`);
  await put(bucket, early);
  await put(bucket, ['docs/big.bin', 'media/big-video.mp4'], { size: 5000 });
  await put(bucket, ['media/cold/a.jpg', 'media/cold/report.txt'], { rr: true });
  const newest = Math.max(...(await stored(bucket)).map((o) => o.LastModified?.getTime() ?? 0));
  // Last-Modified has whole seconds: the next batch must be stamped in a later one.
  await vi.waitFor(
    () => {
      if (Date.now() < newest + 1000) throw new Error('same second');
    },
    { timeout: 3000, interval: 50 },
  );
  await put(
    bucket,
    Array.from({ length: 30 }, (_, i) => `media/${i % 5}/photo-${i}.JPG`),
  );
  await put(bucket, ['readme.md', 'docsx/report.pdf']);
  shared = { bucket, boundary: new Date(newest + 1000).toISOString() };
  return shared;
}
afterAll(async () => {
  if (shared !== undefined) await deleteBucket(admin, { bucket: shared.bucket, emptyFirst: true });
});

function ownScheduler(client?: S3Client, options: { resultCap?: number } = {}) {
  const c = client ?? createS3Client(testSettings());
  closing.push(() => Promise.resolve(c.destroy()));
  return tempDir('search').then((dir) => {
    const made = rgwScheduler(c, dir, options);
    closing.push(() => made.scheduler.close());
    return made;
  });
}

const spec = (bucket: string, prefix: string, criteria: SearchCriteria): SchedulerSpec => ({
  kind: 'search',
  profileId: 'test-profile',
  bucket,
  prefix,
  criteria,
});

describe('search task', () => {
  it('finds by each criterion what a plain listing filtered by hand finds', async () => {
    const { bucket, boundary } = await criteriaBucket();
    const { scheduler, ended } = await ownScheduler();
    const all = await stored(bucket);
    const below = (prefix: string, o: _Object) => (o.Key ?? '').slice(prefix.length);
    const name = (o: _Object) => (o.Key ?? '').split('/').at(-1) ?? '';
    const cases: [string, string, SearchCriteria, (o: _Object) => boolean][] = [
      [
        'substring, any case, whole bucket',
        '',
        { name: { mode: 'substring', pattern: 'report', caseSensitive: false } },
        (o) => (o.Key ?? '').toLowerCase().includes('report'),
      ],
      [
        'substring under a prefix',
        'docs/',
        { name: { mode: 'substring', pattern: '1/', caseSensitive: true } },
        (o) => o.Key!.startsWith('docs/') && below('docs/', o).includes('1/'),
      ],
      [
        'glob on the name',
        '',
        { name: { mode: 'glob', pattern: '*.jpg', caseSensitive: false } },
        (o) => name(o).toLowerCase().endsWith('.jpg'),
      ],
      [
        'regex',
        'media/',
        { name: { mode: 'regex', pattern: '^\\d/photo-1\\d\\.', caseSensitive: true } },
        (o) => /^media\/\d\/photo-1\d\./.test(o.Key!),
      ],
      [
        'size range',
        '',
        { minSize: 2, maxSize: 5000 },
        (o) => (o.Size ?? 0) >= 2 && (o.Size ?? 0) <= 5000,
      ],
      [
        'modified after',
        '',
        { modifiedAfter: boundary },
        (o) => o.LastModified!.getTime() >= Date.parse(boundary),
      ],
      [
        'modified before',
        '',
        { modifiedBefore: boundary },
        (o) => o.LastModified!.getTime() <= Date.parse(boundary),
      ],
      [
        'storage class',
        '',
        { storageClass: 'REDUCED_REDUNDANCY' },
        (o) => o.StorageClass === 'REDUCED_REDUNDANCY',
      ],
    ];
    for (const [label, prefix, criteria, keep] of cases) {
      const { id } = await scheduler.start(spec(bucket, prefix, criteria));
      const end = await ended(id);
      const expected = keysOf(all.filter((o) => o.Key!.startsWith(prefix) && keep(o)));
      expect(expected.length, label).toBeGreaterThan(0);
      expect(end, label).toMatchObject({
        state: 'succeeded',
        results: { count: expected.length, capped: false },
      });
      expect(end.itemsDone, label).toBe(all.filter((o) => o.Key!.startsWith(prefix)).length);
      const page = await scheduler.results(id, 0, 1000);
      expect(keysOf(page.items.map((m) => ({ Key: m.key }))), label).toEqual(expected);
    }
  });

  it('Cancel stops the listing at once', async () => {
    const { bucket } = await criteriaBucket();
    const client = createS3Client(testSettings());
    let id = '';
    let sent = 0;
    let stopping: Promise<unknown> | undefined;
    client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'ListObjectsV2Command' && ++sent === 1)
          stopping = scheduler.control(id, 'cancel');
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'testHookList' },
    );
    const { scheduler, ended } = await ownScheduler(client);
    ({ id } = await scheduler.start(spec(bucket, '', {})));
    const end = await ended(id);
    await stopping;
    expect(end).toMatchObject({ state: 'canceled', controls: ['retry'] });
    // The folder levels below the first were never asked for: the walk has 4 listers at most.
    expect(sent).toBeLessThanOrEqual(4);
    expect(end.itemsDone).toBeLessThan((await stored(bucket)).length);
  });

  it('stops at the cap and says so', async () => {
    const { bucket } = await criteriaBucket();
    const { scheduler, ended } = await ownScheduler(undefined, { resultCap: 7 });
    const { id } = await scheduler.start(spec(bucket, '', {}));
    expect(await ended(id)).toMatchObject({
      state: 'succeeded',
      results: { count: 7, capped: true },
    });
    expect((await scheduler.results(id, 5, 1000)).items).toHaveLength(2);
  });

  it('a restart in the middle searches again from the start; a bad pattern is refused with its reason', async () => {
    const { bucket } = await criteriaBucket();
    const dataDir = await tempDir('search-core');
    const first = await rgwCore(dataDir);
    const profile = await first.call('profiles.save', testProfileDraft());
    const criteria = { name: { mode: 'glob', pattern: 'photo-*', caseSensitive: true } } as const;
    const { id } = await first.call('tasks.start', {
      ...spec(bucket, '', criteria),
      profileId: profile.id,
    });
    first.core.close();

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    expect(await second.ended(id)).toMatchObject({ state: 'succeeded', results: { count: 30 } });
    const got: string[] = [];
    for (let cursor = 0; ;) {
      const page = await second.call('tasks.results', { id, cursor, limit: 8 });
      got.push(...page.items.map((m) => m.key));
      if (page.next === page.count) break;
      cursor = page.next;
    }
    expect(got.sort()).toEqual(
      keysOf((await stored(bucket, 'media/')).filter((o) => /\/photo-/.test(o.Key!))),
    );

    const bad = await second.core.dispatch(
      'tasks.start',
      {
        ...spec(bucket, '', { name: { mode: 'regex', pattern: 'a(b', caseSensitive: false } }),
        profileId: profile.id,
      },
      { signal: new AbortController().signal },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(JSON.stringify(bad)).toMatch(/criteria\.name\.pattern.*is not a regular expression/);
  });
});
