import { describe, expect, it } from 'vitest';
import { replicationFromS3, replicationRuleToS3 } from './replication.js';

describe('replication mapping', () => {
  it('reads legacy top-level prefixes, filters and And-filters into one prefix', () => {
    const config = replicationFromS3({
      Role: '',
      Rules: [
        { ID: 'v1', Status: 'Enabled', Prefix: 'old/', Destination: { Bucket: 'arn:aws:s3:::d' } },
        {
          ID: 'v2',
          Status: 'Disabled',
          Priority: 2,
          Filter: { Prefix: 'new/' },
          Destination: { Bucket: 'arn:aws:s3:::d', StorageClass: 'STANDARD_IA' },
          DeleteMarkerReplication: { Status: 'Enabled' },
        },
        {
          ID: 'and',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'p/', Tags: [{ Key: 'k', Value: 'v' }] } },
          Destination: { Bucket: 'arn:aws:s3:::d' },
        },
      ],
    });
    expect(config).toEqual({
      rules: [
        {
          id: 'v1',
          status: 'Enabled',
          prefix: 'old/',
          tags: [],
          destination: { bucket: 'arn:aws:s3:::d' },
        },
        {
          id: 'v2',
          status: 'Disabled',
          priority: 2,
          prefix: 'new/',
          tags: [],
          destination: { bucket: 'arn:aws:s3:::d', storageClass: 'STANDARD_IA' },
          deleteMarkerReplication: 'Enabled',
        },
        {
          id: 'and',
          status: 'Enabled',
          prefix: 'p/',
          tags: [{ key: 'k', value: 'v' }],
          destination: { bucket: 'arn:aws:s3:::d' },
        },
      ],
    });
  });

  it('treats no rules (RGW) as nothing configured', () => {
    expect(replicationFromS3({ Role: '', Rules: undefined })).toBeUndefined();
    expect(replicationFromS3(undefined)).toBeUndefined();
  });

  it('always writes the Filter form, with a delete-marker setting AWS insists on', () => {
    const base = {
      id: 'r',
      status: 'Enabled',
      destination: { bucket: 'arn:aws:s3:::d' },
    } as const;
    expect(replicationRuleToS3({ ...base, prefix: 'logs/', tags: [] })).toMatchObject({
      Filter: { Prefix: 'logs/' },
      DeleteMarkerReplication: { Status: 'Disabled' },
    });
    expect(
      replicationRuleToS3({ ...base, prefix: '', tags: [{ key: 'k', value: 'v' }] }),
    ).toMatchObject({ Filter: { Tag: { Key: 'k', Value: 'v' } } });
    expect(
      replicationRuleToS3({ ...base, prefix: 'p/', tags: [{ key: 'k', value: 'v' }] }).Filter,
    ).toEqual({ And: { Prefix: 'p/', Tags: [{ Key: 'k', Value: 'v' }] } });
  });
});
