import type { ProviderId } from '../profile.js';
import type { LifecycleConfig } from './lifecycle.js';

/** Lifecycle fields a provider may not take, named as S3 names them. */
export type LifecycleField =
  | 'Transition'
  | 'NoncurrentVersionTransition'
  | 'NoncurrentVersionExpiration'
  | 'NewerNoncurrentVersions'
  | 'ExpiredObjectDeleteMarker'
  | 'ObjectSizeGreaterThan'
  | 'ObjectSizeLessThan';

export interface LifecycleLimits {
  /** The longest rule ID the provider takes. */
  readonly idMax: number;
  /** Storage classes a transition may name, in the order pickers offer them. */
  readonly transitionClasses: readonly string[];
  /** The server defines classes of its own (RGW placement targets): any other name is sent. */
  readonly otherClasses: boolean;
  readonly unsupportedFields: readonly LifecycleField[];
}

const awsTransitionClasses = [
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
];

/** Every provider's lifecycle limits; the dialects take them through provider-limits.ts. */
export const lifecycleLimits: Readonly<Record<ProviderId, LifecycleLimits>> = {
  aws: {
    idMax: 255,
    transitionClasses: awsTransitionClasses,
    otherClasses: false,
    unsupportedFields: [],
  },
  // JD Cloud OSS's lifecycle docs: expiration and incomplete uploads only, prefix and tag
  // filters, IDs of at most 64 characters.
  jdcloud: {
    idMax: 64,
    transitionClasses: [],
    otherClasses: false,
    unsupportedFields: [
      'Transition',
      'NoncurrentVersionTransition',
      'NoncurrentVersionExpiration',
      'ExpiredObjectDeleteMarker',
      'ObjectSizeGreaterThan',
      'ObjectSizeLessThan',
    ],
  },
  // RGW transitions to its zone's placement storage classes; the fixture (and many deployments)
  // define REDUCED_REDUNDANCY beside STANDARD. RGW 16 stores a rule without its size filters or
  // NewerNoncurrentVersions, silently widening it, so those are refused (docs/rgw-quirks.md).
  ceph: {
    idMax: 255,
    transitionClasses: ['STANDARD', 'REDUCED_REDUNDANCY'],
    otherClasses: true,
    unsupportedFields: ['ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'NewerNoncurrentVersions'],
  },
  // MinIO transitions to remote tiers its administrator names.
  minio: { idMax: 255, transitionClasses: [], otherClasses: true, unsupportedFields: [] },
  generic: {
    idMax: 255,
    transitionClasses: awsTransitionClasses,
    otherClasses: true,
    unsupportedFields: [],
  },
};

export type LifecycleViolation =
  | {
      readonly code: 'unsupportedField';
      readonly path: readonly (string | number)[];
      readonly field: LifecycleField;
    }
  | {
      readonly code: 'idTooLong';
      readonly path: readonly (string | number)[];
      readonly max: number;
    }
  | {
      readonly code: 'unknownStorageClass';
      readonly path: readonly (string | number)[];
      readonly offered: readonly string[];
    };

/** What the provider would refuse in a (schema-valid) configuration, at the field that does it. */
export function lifecycleViolations(
  limits: LifecycleLimits,
  config: LifecycleConfig,
): LifecycleViolation[] {
  const found: LifecycleViolation[] = [];
  const refuse = (field: LifecycleField, path: (string | number)[]): void => {
    if (limits.unsupportedFields.includes(field)) {
      found.push({ code: 'unsupportedField', path, field });
    }
  };
  const checkClass = (storageClass: string, path: (string | number)[]): void => {
    if (!limits.otherClasses && !limits.transitionClasses.includes(storageClass)) {
      found.push({ code: 'unknownStorageClass', path, offered: limits.transitionClasses });
    }
  };
  config.rules.forEach((rule, i) => {
    const at = (...rest: (string | number)[]) => ['rules', i, ...rest];
    if ([...rule.id].length > limits.idMax) {
      found.push({ code: 'idTooLong', path: at('id'), max: limits.idMax });
    }
    if (rule.objectSizeGreaterThan !== undefined) {
      refuse('ObjectSizeGreaterThan', at('objectSizeGreaterThan'));
    }
    if (rule.objectSizeLessThan !== undefined)
      refuse('ObjectSizeLessThan', at('objectSizeLessThan'));
    if (rule.expiration?.expiredObjectDeleteMarker !== undefined) {
      refuse('ExpiredObjectDeleteMarker', at('expiration', 'expiredObjectDeleteMarker'));
    }
    rule.transitions.forEach((t, j) => {
      refuse('Transition', at('transitions', j, 'storageClass'));
      checkClass(t.storageClass, at('transitions', j, 'storageClass'));
    });
    const n = rule.noncurrentExpiration;
    if (n !== undefined) {
      refuse('NoncurrentVersionExpiration', at('noncurrentExpiration', 'noncurrentDays'));
      if (n.newerNoncurrentVersions !== undefined) {
        refuse('NewerNoncurrentVersions', at('noncurrentExpiration', 'newerNoncurrentVersions'));
      }
    }
    rule.noncurrentTransitions.forEach((t, j) => {
      refuse('NoncurrentVersionTransition', at('noncurrentTransitions', j, 'storageClass'));
      if (t.newerNoncurrentVersions !== undefined) {
        refuse(
          'NewerNoncurrentVersions',
          at('noncurrentTransitions', j, 'newerNoncurrentVersions'),
        );
      }
      checkClass(t.storageClass, at('noncurrentTransitions', j, 'storageClass'));
    });
  });
  return found;
}
