import { describe, expect, it } from 'vitest';
import type { NotificationConfig } from './notification.js';
import { configLimits, notificationViolations, replicationViolations } from './provider-limits.js';
import { bucketArn } from './replication.js';
import type { ReplicationConfig, ReplicationRule } from './replication.js';

function rule(id: string, prefix: string, bucket: string, extra: Partial<ReplicationRule> = {}) {
  return {
    id,
    status: 'Enabled' as const,
    prefix,
    tags: [],
    destination: { bucket: bucketArn(bucket) },
    ...extra,
  };
}

describe('replication limits', () => {
  const jd = configLimits.jdcloud;

  it('lets JD Cloud take one destination and separate prefixes', () => {
    const config: ReplicationConfig = { rules: [rule('a', 'logs/', 'b'), rule('b', 'img/', 'b')] };
    expect(replicationViolations(jd, config)).toEqual([]);
  });

  it('names the rule whose destination differs and the prefix that overlaps', () => {
    const config: ReplicationConfig = {
      rules: [rule('a', 'logs/', 'one'), rule('b', 'logs/2026/', 'two')],
    };
    expect(replicationViolations(jd, config)).toEqual([
      {
        code: 'otherDestination',
        path: ['rules', 1, 'destination', 'bucket'],
        first: 'arn:aws:s3:::one',
      },
      { code: 'overlappingPrefix', path: ['rules', 1, 'prefix'], other: 'logs/' },
    ]);
    expect(replicationViolations(configLimits.ceph, config)).toEqual([]);
  });

  it('names fields JD Cloud does not take', () => {
    const config: ReplicationConfig = {
      role: 'arn:aws:iam::1:role/r',
      rules: [
        rule('a', '', 'b', {
          destination: {
            bucket: bucketArn('b'),
            account: '1',
            accessControlTranslation: { owner: 'Destination' },
          },
          sourceSelectionCriteria: { sseKmsEncryptedObjects: 'Enabled' },
        }),
      ],
    };
    expect(replicationViolations(jd, config).map((v) => v.path.join('.'))).toEqual([
      'role',
      'rules.0.destination.account',
      'rules.0.destination.accessControlTranslation',
      'rules.0.sourceSelectionCriteria',
    ]);
    expect(replicationViolations(configLimits.aws, config)).toEqual([]);
  });
});

describe('notification limits', () => {
  const withQueue: NotificationConfig = {
    topics: [],
    queues: [{ id: 'q', queueArn: 'arn:aws:sqs:us-east-1:1:jobs', events: ['s3:ObjectCreated:*'] }],
    cloudFunctions: [],
  };

  it('refuses queues on topic-only providers', () => {
    expect(notificationViolations(configLimits.ceph, withQueue)).toEqual([
      { code: 'unsupportedKind', path: ['queues', 0], kind: 'queue' },
    ]);
    expect(notificationViolations(configLimits.jdcloud, withQueue)).toHaveLength(1);
    expect(notificationViolations(configLimits.aws, withQueue)).toEqual([]);
  });
});
