import { afterEach, describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../../../../../../shared/domain/config/lifecycle.js';
import { localeStore } from '../../../../i18n/locale-store.js';
import { describeLifecycleRule } from './lifecycle-summary.js';

const rule = (change: Partial<LifecycleRule>): LifecycleRule => ({
  id: 'r',
  status: 'Enabled',
  prefix: '',
  tags: [],
  transitions: [],
  noncurrentTransitions: [],
  ...change,
});

const examples: LifecycleRule[] = [
  rule({ prefix: 'logs/', expiration: { days: 30 } }),
  rule({ noncurrentExpiration: { noncurrentDays: 7, newerNoncurrentVersions: 3 } }),
  rule({
    tags: [{ key: 'team', value: 'web' }],
    objectSizeGreaterThan: 1024 * 1024,
    transitions: [{ days: 1, storageClass: 'GLACIER' }],
    expiration: { days: 365 },
  }),
  rule({
    status: 'Disabled',
    expiration: { date: '2027-01-01T00:00:00.000Z' },
    abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
  }),
  rule({
    prefix: 'tmp/',
    expiration: { expiredObjectDeleteMarker: true },
    noncurrentExpiration: { noncurrentDays: 1 },
    noncurrentTransitions: [{ noncurrentDays: 2, storageClass: 'STANDARD_IA' }],
  }),
];

describe('a lifecycle rule in plain words', () => {
  afterEach(() => localeStore().set('en'));

  it('says what each action does, to which objects, in English', () => {
    expect(examples.map(describeLifecycleRule)).toEqual([
      ['Deletes objects under logs/ 30 days after upload'],
      ['Keeps 3 noncurrent versions, deletes older ones after 7 days'],
      [
        'Deletes objects tagged team=web larger than 1 MiB 365 days after upload',
        'Moves objects tagged team=web larger than 1 MiB to GLACIER 1 day after upload',
      ],
      [
        'Disabled: does nothing until it is enabled.',
        'Deletes all objects from 2027-01-01 on',
        'Aborts incomplete multipart uploads 1 day after they start',
      ],
      [
        'Removes delete markers that no longer hide any version',
        'Deletes noncurrent versions of objects under tmp/ 1 day after they become noncurrent',
        'Moves noncurrent versions of objects under tmp/ to STANDARD_IA 2 days after they become noncurrent',
      ],
    ]);
  });

  it('says the same in Simplified Chinese', () => {
    localeStore().set('zh-CN');
    expect(examples.map(describeLifecycleRule)).toEqual([
      ['上传 30 天后删除“logs/”下的对象'],
      ['保留 3 个非当前版本，更早的版本在 7 天后删除'],
      [
        '上传 365 天后删除带标签 team=web、大于 1 MiB的对象',
        '上传 1 天后将带标签 team=web、大于 1 MiB的对象转为 GLACIER',
      ],
      [
        '已停用：启用之前不会执行任何操作。',
        '自 2027-01-01 起删除所有对象',
        '未完成的分片上传在开始 1 天后中止',
      ],
      [
        '移除不再遮盖任何版本的删除标记',
        '“tmp/”下的对象的非当前版本在变为非当前版本 1 天后删除',
        '“tmp/”下的对象的非当前版本在变为非当前版本 2 天后转为 STANDARD_IA',
      ],
    ]);
  });

  it('leaves out what a draft has not filled in yet instead of guessing', () => {
    expect(describeLifecycleRule(rule({ expiration: {} }))).toEqual([]);
    expect(describeLifecycleRule(rule({ expiration: { date: '' } }))).toEqual([]);
    expect(describeLifecycleRule(rule({ transitions: [{ days: 3, storageClass: '' }] }))).toEqual(
      [],
    );
    expect(
      describeLifecycleRule(rule({ noncurrentExpiration: { noncurrentDays: Number.NaN } })),
    ).toEqual([]);
  });
});
