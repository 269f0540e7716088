import { describe, expect, it } from 'vitest';
import { bucketArn } from '../../../../shared/domain/config/replication.js';
import type {
  ReplicationConfig,
  ReplicationRule,
} from '../../../../shared/domain/config/replication.js';
import { dialects } from '../dialects.js';
import {
  destinationProblem,
  overlappingPrefixes,
  prefixProblem,
  replicationFieldsUsed,
  replicationProblem,
  unsupportedFieldProblem,
} from './replication-rules.js';

function rule(id: string, prefix: string, destination = 'dst'): ReplicationRule {
  return {
    id,
    status: 'Enabled',
    prefix,
    tags: [],
    destination: { bucket: bucketArn(destination) },
  };
}

const plain: ReplicationConfig = { rules: [rule('a', 'logs/'), rule('b', 'media/')] };

describe('unsupportedFields (JD Cloud: Account, Role, Owner, AccessControlTranslation, SourceSelectionCriteria)', () => {
  it('lists the optional fields a configuration uses', () => {
    expect(replicationFieldsUsed(plain)).toEqual([]);
    const full: ReplicationConfig = {
      role: 'arn:aws:iam::123456789012:role/replication',
      rules: [
        {
          ...rule('a', ''),
          destination: {
            bucket: bucketArn('dst'),
            account: '123456789012',
            accessControlTranslation: { owner: 'Destination' },
          },
          sourceSelectionCriteria: { sseKmsEncryptedObjects: 'Enabled' },
        },
      ],
    };
    expect(replicationFieldsUsed(full).sort()).toEqual(
      ['AccessControlTranslation', 'Account', 'Owner', 'Role', 'SourceSelectionCriteria'].sort(),
    );
  });

  it.each([
    ['Role', { ...plain, role: 'arn:aws:iam::1:role/r' }],
    [
      'Account',
      { rules: [{ ...rule('a', ''), destination: { bucket: bucketArn('d'), account: '1' } }] },
    ],
    [
      'AccessControlTranslation',
      {
        rules: [
          {
            ...rule('a', ''),
            destination: {
              bucket: bucketArn('d'),
              accessControlTranslation: { owner: 'Destination' },
            },
          },
        ],
      },
    ],
    [
      'SourceSelectionCriteria',
      {
        rules: [
          { ...rule('a', ''), sourceSelectionCriteria: { sseKmsEncryptedObjects: 'Enabled' } },
        ],
      },
    ],
  ] as [string, ReplicationConfig][])('refuses %s on JD Cloud, naming it', (field, config) => {
    expect(unsupportedFieldProblem(dialects.jdcloud, config)?.toShape()).toMatchObject({
      code: 'UnsupportedByProvider',
      message: `JD Cloud OSS does not support the replication field ${field}.`,
    });
    expect(unsupportedFieldProblem(dialects.aws, config)).toBeUndefined();
  });

  it('lets a configuration without those fields through', () => {
    expect(unsupportedFieldProblem(dialects.jdcloud, plain)).toBeUndefined();
  });
});

describe('singleDestinationBucket', () => {
  const split: ReplicationConfig = { rules: [rule('a', 'x/', 'one'), rule('b', 'y/', 'two')] };

  it('refuses rules with different destination buckets where the provider wants one', () => {
    expect(destinationProblem(dialects.jdcloud, split)?.toShape()).toMatchObject({
      code: 'UnsupportedByProvider',
      message: expect.stringContaining('different destination buckets') as unknown,
    });
  });

  it('allows them elsewhere, and one shared destination everywhere', () => {
    expect(destinationProblem(dialects.aws, split)).toBeUndefined();
    expect(destinationProblem(dialects.jdcloud, plain)).toBeUndefined();
  });
});

describe('nonOverlappingPrefixes', () => {
  it('finds a prefix that starts another, equal prefixes, and the empty prefix', () => {
    expect(overlappingPrefixes(plain)).toBeUndefined();
    expect(overlappingPrefixes({ rules: [rule('a', 'logs/'), rule('b', 'logs/2024/')] })).toEqual([
      'logs/',
      'logs/2024/',
    ]);
    expect(overlappingPrefixes({ rules: [rule('a', 'x/'), rule('b', 'x/')] })).toEqual([
      'x/',
      'x/',
    ]);
    expect(overlappingPrefixes({ rules: [rule('a', 'x/'), rule('b', '')] })).toEqual(['x/', '']);
    // Shared leading text is not enough: neither "a/" nor "ab/" starts the other.
    expect(overlappingPrefixes({ rules: [rule('a', 'a/'), rule('b', 'ab/')] })).toBeUndefined();
  });

  it('refuses overlapping prefixes only where the provider says so', () => {
    const overlapping: ReplicationConfig = { rules: [rule('a', 'logs/'), rule('b', 'logs/old/')] };
    expect(prefixProblem(dialects.jdcloud, overlapping)?.toShape()).toMatchObject({
      code: 'UnsupportedByProvider',
      message:
        'JD Cloud OSS does not support replication rules with overlapping prefixes ("logs/" and "logs/old/").',
    });
    expect(prefixProblem(dialects.ceph, overlapping)).toBeUndefined();
  });
});

describe('replicationProblem', () => {
  it('reports the first rule a configuration breaks, or nothing', () => {
    expect(replicationProblem(dialects.jdcloud, plain)).toBeUndefined();
    const bad: ReplicationConfig = {
      role: 'arn:aws:iam::1:role/r',
      rules: [rule('a', 'x/', 'one'), rule('b', 'x/', 'two')],
    };
    expect(replicationProblem(dialects.jdcloud, bad)?.message).toContain('Role');
    expect(replicationProblem(dialects.generic, bad)).toBeUndefined();
  });
});
