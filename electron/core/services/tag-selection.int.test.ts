import { GetObjectTaggingCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import type { Tag as S3Tag } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { uniqueBucketName } from '../../../e2e/fixtures/s3.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../shared/contract/handlers.js';
import type { CoreDeps } from '../handlers/deps.js';
import { tagSelectionHandlers } from '../handlers/tag-selection.js';
import type { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { configTestRig } from './config/test-support.js';

const rig = configTestRig();
const deps = {
  clients: { get: () => Promise.resolve(rig.client) } as unknown as ClientPool,
} as unknown as CoreDeps;
const dispatch = createDispatcher(tagSelectionHandlers(deps) as Handlers, toAppError);
const ctx = { signal: new AbortController().signal };

async function storedTags(bucket: string, key: string): Promise<S3Tag[]> {
  const out = await rig.admin.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  return [...(out.TagSet ?? [])].sort((a, b) => (a.Key ?? '').localeCompare(b.Key ?? ''));
}

async function tag(bucket: string, key: string, tags: Record<string, string>): Promise<void> {
  await rig.admin.send(
    new PutObjectTaggingCommand({
      Bucket: bucket,
      Key: key,
      Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
    }),
  );
}

describe('tags of a selection (objects.tags.survey / objects.tags.editMany)', () => {
  it('surveys the selection by tag key: on how many objects, with which values', async () => {
    const made = await rig.bucket('tsel-survey');
    await made.put({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    await tag(made.name, 'a.txt', { team: 'storage', tier: 'hot' });
    await tag(made.name, 'b.txt', { team: 'storage', tier: 'cold' });
    const target = { profileId: 'test-profile', bucket: made.name };
    const keys = ['a.txt', 'b.txt', 'c.txt'];
    expect(await dispatch('objects.tags.survey', { ...target, keys }, ctx)).toEqual({
      ok: true,
      value: {
        objects: 3,
        tags: [
          { key: 'team', objects: 2, values: ['storage'], moreValues: false },
          { key: 'tier', objects: 2, values: ['cold', 'hot'], moreValues: false },
        ],
        failures: [],
      },
    });
  });

  it("adds, replaces and removes tag keys on every object, keeping each object's other tags", async () => {
    const made = await rig.bucket('tsel-edit');
    await made.put({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    await tag(made.name, 'a.txt', { team: 'storage', old: 'x', own: 'a' });
    await tag(made.name, 'b.txt', { team: 'web' });
    await tag(made.name, 'c.txt', { project: 'holdall', team: 'web' });
    const result = await dispatch(
      'objects.tags.editMany',
      {
        profileId: 'test-profile',
        bucket: made.name,
        keys: ['a.txt', 'b.txt', 'c.txt'],
        changes: {
          set: [
            { key: 'team', value: 'web' },
            { key: 'project', value: 'holdall' },
          ],
          remove: ['old'],
        },
      },
      ctx,
    );
    expect(result).toEqual({ ok: true, value: { changed: 2, unchanged: 1, failures: [] } });
    expect(await storedTags(made.name, 'a.txt')).toEqual([
      { Key: 'own', Value: 'a' },
      { Key: 'project', Value: 'holdall' },
      { Key: 'team', Value: 'web' },
    ]);
    expect(await storedTags(made.name, 'b.txt')).toEqual([
      { Key: 'project', Value: 'holdall' },
      { Key: 'team', Value: 'web' },
    ]);
    expect(await storedTags(made.name, 'c.txt')).toEqual([
      { Key: 'project', Value: 'holdall' },
      { Key: 'team', Value: 'web' },
    ]);

    // Removing the last tags of an object deletes its tag set.
    const removed = await dispatch(
      'objects.tags.editMany',
      {
        profileId: 'test-profile',
        bucket: made.name,
        keys: ['b.txt'],
        changes: { set: [], remove: ['project', 'team'] },
      },
      ctx,
    );
    expect(removed).toEqual({ ok: true, value: { changed: 1, unchanged: 0, failures: [] } });
    expect(await storedTags(made.name, 'b.txt')).toEqual([]);
  });

  it("leaves an object whose tags would break S3's limit of 10 as it was, names it, and changes the others", async () => {
    const made = await rig.bucket('tsel-limit');
    await made.put({ 'full.txt': 'f', 'few.txt': 'f' });
    const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 'v']));
    await tag(made.name, 'full.txt', nine);
    const result = await dispatch(
      'objects.tags.editMany',
      {
        profileId: 'test-profile',
        bucket: made.name,
        keys: ['full.txt', 'few.txt'],
        changes: {
          set: [
            { key: 'a', value: '1' },
            { key: 'b', value: '2' },
          ],
          remove: [],
        },
      },
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        changed: 1,
        unchanged: 0,
        failures: [
          {
            key: 'full.txt',
            code: 'InvalidTagSet',
            message: 'would have 11 tags; S3 allows at most 10',
          },
        ],
      },
    });
    expect(await storedTags(made.name, 'full.txt')).toHaveLength(9);
    expect(await storedTags(made.name, 'few.txt')).toEqual([
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '2' },
    ]);
  });

  it('reports an object that is not there by its key and changes the rest', async () => {
    const made = await rig.bucket('tsel-missing');
    await made.put({ 'here.txt': 'h' });
    const result = await dispatch(
      'objects.tags.editMany',
      {
        profileId: 'test-profile',
        bucket: made.name,
        keys: ['gone.txt', 'here.txt'],
        changes: { set: [{ key: 'seen', value: 'yes' }], remove: [] },
      },
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { changed: 1, unchanged: 0, failures: [{ key: 'gone.txt', code: 'NoSuchKey' }] },
    });
    expect(await storedTags(made.name, 'here.txt')).toEqual([{ Key: 'seen', Value: 'yes' }]);
  });

  it("refuses changes that break S3's limits at the contract, naming the field, and sends nothing", async () => {
    const made = await rig.bucket('tsel-bad');
    await made.put({ 'a.txt': 'a' });
    await tag(made.name, 'a.txt', { keep: 'me' });
    const base = { profileId: 'test-profile', bucket: made.name, keys: ['a.txt'] };
    const eleven = Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: '' }));
    const cases: [unknown, string][] = [
      [{ set: eleven, remove: [] }, 'changes.set'],
      [{ set: [{ key: 'aws:x', value: '' }], remove: [] }, 'changes.set.0.key'],
      [{ set: [{ key: 'k', value: 'v'.repeat(257) }], remove: [] }, 'changes.set.0.value'],
      [{ set: [{ key: 'keep', value: 'new' }], remove: ['keep'] }, 'changes.set.0.key'],
      [{ set: [], remove: [] }, 'changes'],
    ];
    for (const [changes, field] of cases) {
      const result = await dispatch('objects.tags.editMany', { ...base, changes }, ctx);
      const error = result.ok ? undefined : result.error;
      expect(error?.code, JSON.stringify(result)).toBe('InvalidInput');
      expect(error?.message, JSON.stringify(error)).toContain(field);
    }
    const noKeys = await dispatch(
      'objects.tags.editMany',
      { ...base, keys: [], changes: { set: [{ key: 'k', value: '' }], remove: [] } },
      ctx,
    );
    expect(noKeys).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(await storedTags(made.name, 'a.txt')).toEqual([{ Key: 'keep', Value: 'me' }]);
  });

  it('stops at an answer every object would get (no such bucket) and names each object not tried', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}.txt`);
    const result = await dispatch(
      'objects.tags.editMany',
      {
        profileId: 'test-profile',
        bucket: uniqueBucketName('tsel-gone'),
        keys,
        changes: { set: [{ key: 'k', value: 'v' }], remove: [] },
      },
      ctx,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { changed, failures } = result.value as {
      changed: number;
      failures: { key: string; code: string; message: string }[];
    };
    expect(changed).toBe(0);
    // Every key is accounted for once: the few in flight with the server's answer, the rest untried.
    expect(failures.map((f) => f.key).sort()).toEqual([...keys].sort());
    const tried = failures.filter((f) => f.code === 'NoSuchBucket');
    expect(tried.length).toBeGreaterThanOrEqual(1);
    expect(tried.length).toBeLessThanOrEqual(4);
    const untried = failures.filter((f) => f.code === 'NotAttempted');
    expect(untried).toHaveLength(keys.length - tried.length);
    expect(untried[0]?.message).toMatch(/^Not tried after NoSuchBucket: /);
  });
});
