import type { ProviderId } from '../profile.js';
import { lifecycleLimits } from './lifecycle-limits.js';
import type { LifecycleLimits } from './lifecycle-limits.js';
import type { NotificationConfig } from './notification.js';
import type { ReplicationConfig } from './replication.js';

/** Optional S3 replication fields, named as S3 (and JD Cloud's seed tables) name them. */
export type ReplicationField =
  'Account' | 'Role' | 'Owner' | 'AccessControlTranslation' | 'SourceSelectionCriteria';

export type NotificationKind = 'topic' | 'queue' | 'cloudFunction';

/**
 * What a provider accepts in bucket configurations, as data both sides read: core refuses
 * before sending, the editors say it field by field while you type.
 */
export interface ConfigLimits {
  readonly replication: {
    readonly unsupportedFields: readonly ReplicationField[];
    readonly singleDestinationBucket: boolean;
    readonly nonOverlappingPrefixes: boolean;
  };
  readonly notification: { readonly kinds: readonly NotificationKind[] };
  /** Without explicit grants only canned ACLs can be set (MinIO). */
  readonly acl: { readonly explicitGrants: boolean };
  readonly lifecycle: LifecycleLimits;
}

const permissive: ConfigLimits = {
  replication: {
    unsupportedFields: [],
    singleDestinationBucket: false,
    nonOverlappingPrefixes: false,
  },
  notification: { kinds: ['topic', 'queue', 'cloudFunction'] },
  acl: { explicitGrants: true },
  lifecycle: lifecycleLimits.generic,
};

export const configLimits: Readonly<Record<ProviderId, ConfigLimits>> = {
  aws: { ...permissive, lifecycle: lifecycleLimits.aws },
  // JD Cloud OSS's S3 API tables and docs.
  jdcloud: {
    replication: {
      unsupportedFields: [
        'Account',
        'Role',
        'Owner',
        'AccessControlTranslation',
        'SourceSelectionCriteria',
      ],
      singleDestinationBucket: true,
      nonOverlappingPrefixes: true,
    },
    notification: { kinds: ['topic'] },
    acl: { explicitGrants: true },
    lifecycle: lifecycleLimits.jdcloud,
  },
  // RGW pushes to SNS-style topics only.
  ceph: { ...permissive, notification: { kinds: ['topic'] }, lifecycle: lifecycleLimits.ceph },
  minio: { ...permissive, acl: { explicitGrants: false }, lifecycle: lifecycleLimits.minio },
  generic: permissive,
};

/** A configuration the provider would refuse, at the field that makes it so. */
export type LimitViolation =
  | {
      readonly code: 'unsupportedField';
      readonly path: readonly (string | number)[];
      readonly field: ReplicationField;
    }
  | {
      readonly code: 'otherDestination';
      readonly path: readonly (string | number)[];
      readonly first: string;
    }
  | {
      readonly code: 'overlappingPrefix';
      readonly path: readonly (string | number)[];
      readonly other: string;
    }
  | {
      readonly code: 'unsupportedKind';
      readonly path: readonly (string | number)[];
      readonly kind: NotificationKind;
    };

/** Two rules overlap when one's prefix starts the other's ("" overlaps everything). */
export function overlappingPrefixes(prefixes: readonly string[]): [number, number] | undefined {
  for (let i = 0; i < prefixes.length; i++) {
    for (let j = i + 1; j < prefixes.length; j++) {
      const a = prefixes[i] ?? '';
      const b = prefixes[j] ?? '';
      if (a.startsWith(b) || b.startsWith(a)) return [i, j];
    }
  }
  return undefined;
}

function unsupportedReplicationFields(
  limits: ConfigLimits,
  config: ReplicationConfig,
): LimitViolation[] {
  const refused = (field: ReplicationField) => limits.replication.unsupportedFields.includes(field);
  const found: LimitViolation[] = [];
  if (config.role !== undefined && refused('Role')) {
    found.push({ code: 'unsupportedField', path: ['role'], field: 'Role' });
  }
  config.rules.forEach((rule, i) => {
    const d = rule.destination;
    if (d.account !== undefined && refused('Account')) {
      found.push({
        code: 'unsupportedField',
        path: ['rules', i, 'destination', 'account'],
        field: 'Account',
      });
    }
    if (d.accessControlTranslation !== undefined && refused('AccessControlTranslation')) {
      found.push({
        code: 'unsupportedField',
        path: ['rules', i, 'destination', 'accessControlTranslation'],
        field: 'AccessControlTranslation',
      });
    }
    if (rule.sourceSelectionCriteria !== undefined && refused('SourceSelectionCriteria')) {
      found.push({
        code: 'unsupportedField',
        path: ['rules', i, 'sourceSelectionCriteria'],
        field: 'SourceSelectionCriteria',
      });
    }
  });
  return found;
}

/** Every reason this provider would refuse the replication configuration, at its field. */
export function replicationViolations(
  limits: ConfigLimits,
  config: ReplicationConfig,
): LimitViolation[] {
  const found = unsupportedReplicationFields(limits, config);
  const [first] = config.rules;
  if (limits.replication.singleDestinationBucket && first !== undefined) {
    config.rules.forEach((rule, i) => {
      if (rule.destination.bucket !== first.destination.bucket) {
        found.push({
          code: 'otherDestination',
          path: ['rules', i, 'destination', 'bucket'],
          first: first.destination.bucket,
        });
      }
    });
  }
  if (limits.replication.nonOverlappingPrefixes) {
    const pair = overlappingPrefixes(config.rules.map((r) => r.prefix));
    if (pair !== undefined) {
      found.push({
        code: 'overlappingPrefix',
        path: ['rules', pair[1], 'prefix'],
        other: config.rules[pair[0]]?.prefix ?? '',
      });
    }
  }
  return found;
}

const kindOfList = { topics: 'topic', queues: 'queue', cloudFunctions: 'cloudFunction' } as const;

export function notificationViolations(
  limits: ConfigLimits,
  config: NotificationConfig,
): LimitViolation[] {
  return (Object.keys(kindOfList) as (keyof typeof kindOfList)[]).flatMap((list) =>
    config[list].length > 0 && !limits.notification.kinds.includes(kindOfList[list])
      ? [{ code: 'unsupportedKind' as const, path: [list, 0], kind: kindOfList[list] }]
      : [],
  );
}
