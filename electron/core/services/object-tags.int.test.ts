import { GetObjectTaggingCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/contract/handlers.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { Tag } from '../../../shared/domain/tags.js';
import type { CoreDeps } from '../handlers/deps.js';
import { objectHandlers } from '../handlers/objects.js';
import type { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { configTestRig } from './config/test-support.js';

const rig = configTestRig();
const deps = {
  clients: { get: () => Promise.resolve(rig.client) } as unknown as ClientPool,
  emit: () => undefined,
} as unknown as CoreDeps;
const dispatch = createDispatcher(objectHandlers(deps) as Handlers, toAppError);
const ctx = { signal: new AbortController().signal };

async function storedTags(bucket: string, key: string) {
  const out = await rig.admin.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  return out.TagSet ?? [];
}

describe('object tags (objects.tags.get / objects.tags.put)', () => {
  it('reads, adds, edits and removes tags, each as the server then holds them', async () => {
    const made = await rig.bucket('otags');
    await made.put({ 'a.txt': 'hello' });
    const target = { profileId: 'test-profile', bucket: made.name, key: 'a.txt' };

    expect(await dispatch('objects.tags.get', target, ctx)).toEqual({
      ok: true,
      value: { tags: [] },
    });

    const tags: Tag[] = [
      { key: 'team', value: 'storage' },
      { key: 'note', value: '' },
    ];
    expect(await dispatch('objects.tags.put', { ...target, tags }, ctx)).toEqual({
      ok: true,
      value: {},
    });
    expect(await storedTags(made.name, 'a.txt')).toEqual(
      expect.arrayContaining([
        { Key: 'team', Value: 'storage' },
        { Key: 'note', Value: '' },
      ]),
    );
    const read = await dispatch('objects.tags.get', target, ctx);
    expect(read.ok ? (read.value as { tags: Tag[] }).tags : []).toEqual(
      expect.arrayContaining(tags),
    );

    await dispatch('objects.tags.put', { ...target, tags: [{ key: 'team', value: 'web' }] }, ctx);
    expect(await storedTags(made.name, 'a.txt')).toEqual([{ Key: 'team', Value: 'web' }]);

    // An empty set removes every tag.
    expect(await dispatch('objects.tags.put', { ...target, tags: [] }, ctx)).toEqual({
      ok: true,
      value: {},
    });
    expect(await storedTags(made.name, 'a.txt')).toEqual([]);
  });

  it("refuses what breaks S3's object limits with InvalidInput naming the field, changing nothing", async () => {
    const made = await rig.bucket('otags-bad');
    await made.put({ 'b.txt': 'x' });
    await rig.admin.send(
      new PutObjectTaggingCommand({
        Bucket: made.name,
        Key: 'b.txt',
        Tagging: { TagSet: [{ Key: 'keep', Value: 'me' }] },
      }),
    );
    const target = { profileId: 'test-profile', bucket: made.name, key: 'b.txt' };
    const eleven = Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: '' }));
    const cases: [Tag[], string][] = [
      [eleven, 'tags'],
      [[{ key: 'k'.repeat(129), value: '' }], 'tags.0.key'],
      [[{ key: 'k', value: 'v'.repeat(257) }], 'tags.0.value'],
      [[{ key: 'aws:x', value: '' }], 'tags.0.key'],
      [
        [
          { key: 'same', value: '1' },
          { key: 'same', value: '2' },
        ],
        'tags.1.key',
      ],
    ];
    for (const [tags, field] of cases) {
      const result = await dispatch('objects.tags.put', { ...target, tags }, ctx);
      const error = result.ok ? undefined : result.error;
      expect(error?.code).toBe('InvalidInput');
      expect(error?.details?.fields, JSON.stringify(error)).toContain(field);
      expect(error?.message).toContain(field);
    }
    expect(await storedTags(made.name, 'b.txt')).toEqual([{ Key: 'keep', Value: 'me' }]);

    // Exactly at the limits is taken.
    const ten = Array.from({ length: 10 }, (_, i) => ({
      key: `${i}${'k'.repeat(127)}`,
      value: 'v'.repeat(256),
    }));
    expect(await dispatch('objects.tags.put', { ...target, tags: ten }, ctx)).toEqual({
      ok: true,
      value: {},
    });
    expect(await storedTags(made.name, 'b.txt')).toHaveLength(10);
  });

  it('answers NoSuchKey for an object that is not there', async () => {
    const made = await rig.bucket('otags-missing');
    const result = await dispatch(
      'objects.tags.get',
      { profileId: 'test-profile', bucket: made.name, key: 'gone.txt' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NoSuchKey' } });
  });
});
