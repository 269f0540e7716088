import { GetBucketTaggingCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import type { BucketTags } from '../../../../shared/domain/tags.js';
import { toAppError } from '../../s3/errors.js';
import { deleteBucketTagging, getBucketTagging, putBucketTagging } from './tagging.js';
import { configHandlersFor, configTestRig } from './test-support.js';

const rig = configTestRig();
const dispatch = createDispatcher(configHandlersFor(rig.client, rig.settings), toAppError);
const ctx = { signal: new AbortController().signal };

const tagging: BucketTags = {
  tags: [
    { key: 'team', value: 'storage' },
    { key: 'cost centre', value: '' },
    { key: '项目', value: 'holdall' },
  ],
};

describe('bucket tags (Put/Get/DeleteBucketTagging)', () => {
  it('reports a bucket without tags as none, while RGW itself answers NoSuchTagSet', async () => {
    const { name } = await rig.bucket('tags-none');
    await expect(
      rig.admin.send(new GetBucketTaggingCommand({ Bucket: name })),
    ).rejects.toMatchObject({ name: 'NoSuchTagSet', $metadata: { httpStatusCode: 404 } });
    expect(await getBucketTagging(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts a tag set the server stores, reads it back, then deletes it', async () => {
    const { name } = await rig.bucket('tags');
    await putBucketTagging(rig.client, name, tagging);

    const stored = await rig.admin.send(new GetBucketTaggingCommand({ Bucket: name }));
    expect(stored.TagSet).toEqual(
      expect.arrayContaining([
        { Key: 'team', Value: 'storage' },
        { Key: 'cost centre', Value: '' },
        { Key: '项目', Value: 'holdall' },
      ]),
    );
    expect(stored.TagSet).toHaveLength(3);
    const read = await getBucketTagging(rig.client, name);
    expect(read.state === 'set' ? read.config.tags : []).toEqual(
      expect.arrayContaining(tagging.tags),
    );

    await putBucketTagging(rig.client, name, { tags: [{ key: 'team', value: 'web' }] });
    expect((await rig.admin.send(new GetBucketTaggingCommand({ Bucket: name }))).TagSet).toEqual([
      { Key: 'team', Value: 'web' },
    ]);

    await deleteBucketTagging(rig.client, name);
    expect(await getBucketTagging(rig.client, name)).toEqual({ state: 'none' });
    await expect(
      rig.admin.send(new GetBucketTaggingCommand({ Bucket: name })),
    ).rejects.toMatchObject({ name: 'NoSuchTagSet' });
  });

  it('refuses S3-invalid tag sets at the contract, naming the field, and sends nothing', async () => {
    const { name } = await rig.bucket('tags-bad');
    const target = { profileId: 'test-profile', bucket: name };
    const put = (tags: BucketTags['tags']) =>
      dispatch('config.tagging.put', { ...target, tagging: { tags } }, ctx);
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    const cases: [BucketTags['tags'], string][] = [
      [tooMany, 'tagging.tags'],
      [[{ key: 'x'.repeat(129), value: '' }], 'tagging.tags.0.key'],
      [[{ key: '', value: 'v' }], 'tagging.tags.0.key'],
      [[{ key: 'k', value: 'v'.repeat(257) }], 'tagging.tags.0.value'],
      [[{ key: 'aws:owner', value: 'me' }], 'tagging.tags.0.key'],
      [
        [
          { key: 'dup', value: '1' },
          { key: 'dup', value: '2' },
        ],
        'tagging.tags.1.key',
      ],
      [[], 'tagging.tags'],
    ];
    for (const [tags, field] of cases) {
      const result = await put(tags);
      expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
      const error = result.ok ? undefined : result.error;
      expect(error?.details?.fields, JSON.stringify(error)).toContain(field);
      expect(error?.message).toContain(field);
    }
    expect(await dispatch('config.tagging.get', target, ctx)).toEqual({
      ok: true,
      value: { state: 'none' },
    });
    // The limits themselves are accepted: 50 tags, a 128-character key, a 256-character value.
    const atLimit = Array.from({ length: 50 }, (_, i) => ({
      key: `${String(i).padStart(2, '0')}${'k'.repeat(126)}`,
      value: 'v'.repeat(256),
    }));
    expect(await put(atLimit)).toEqual({ ok: true, value: {} });
    const stored = await rig.admin.send(new GetBucketTaggingCommand({ Bucket: name }));
    expect(stored.TagSet).toHaveLength(50);
  });
});
