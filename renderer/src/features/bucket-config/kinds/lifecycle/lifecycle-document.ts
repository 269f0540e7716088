import {
  lifecycleFilterFromS3,
  lifecycleFilterToS3,
} from '../../../../../../shared/domain/config/lifecycle.js';
import type {
  LifecycleConfig,
  LifecycleRule,
  S3LifecycleFilter,
} from '../../../../../../shared/domain/config/lifecycle.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { someOf, withoutUndefined } from '../s3-document/s3-values.js';
import { boolean, flatList, integer, one, structure, text } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

const tag = structure({ Key: one(text), Value: one(text) });
const sizes = { ObjectSizeGreaterThan: one(integer), ObjectSizeLessThan: one(integer) };
const noncurrent = { NoncurrentDays: one(integer), NewerNoncurrentVersions: one(integer) };

/** `<LifecycleConfiguration>` / the AWS CLI's `put-bucket-lifecycle-configuration` JSON. */
export const lifecycleDocument: DocumentShape = {
  root: 'LifecycleConfiguration',
  shape: structure({
    Rules: flatList(
      structure({
        ID: one(text),
        Filter: one(
          structure({
            Prefix: one(text),
            Tag: one(tag),
            ...sizes,
            And: one(structure({ Prefix: one(text), Tags: flatList(tag, 'Tag'), ...sizes })),
          }),
        ),
        /** The legacy (V1) place of the prefix; read, never written. */
        Prefix: one(text),
        Status: one(text),
        Expiration: one(
          structure({
            Date: one(text),
            Days: one(integer),
            ExpiredObjectDeleteMarker: one(boolean),
          }),
        ),
        Transitions: flatList(
          structure({ Date: one(text), Days: one(integer), StorageClass: one(text) }),
          'Transition',
        ),
        NoncurrentVersionExpiration: one(structure(noncurrent)),
        NoncurrentVersionTransitions: flatList(
          structure({ ...noncurrent, StorageClass: one(text) }),
          'NoncurrentVersionTransition',
        ),
        AbortIncompleteMultipartUpload: one(structure({ DaysAfterInitiation: one(integer) })),
      }),
      'Rule',
    ),
  }),
};

interface S3Timed {
  Date?: string;
  Days?: number;
}
interface S3Noncurrent {
  NoncurrentDays?: number;
  NewerNoncurrentVersions?: number;
}
interface S3Rule {
  ID?: string;
  Filter?: S3LifecycleFilter;
  Prefix?: string;
  Status?: string;
  Expiration?: S3Timed & { ExpiredObjectDeleteMarker?: boolean };
  Transitions?: (S3Timed & { StorageClass?: string })[];
  NoncurrentVersionExpiration?: S3Noncurrent;
  NoncurrentVersionTransitions?: (S3Noncurrent & { StorageClass?: string })[];
  AbortIncompleteMultipartUpload?: { DaysAfterInitiation?: number };
}

function ruleToS3(rule: LifecycleRule): S3Rule {
  const e = rule.expiration;
  const n = rule.noncurrentExpiration;
  return withoutUndefined({
    ID: rule.id,
    Filter: lifecycleFilterToS3(rule),
    Status: rule.status,
    Expiration:
      e === undefined
        ? undefined
        : withoutUndefined({
            Date: e.date,
            Days: e.days,
            ExpiredObjectDeleteMarker: e.expiredObjectDeleteMarker,
          }),
    Transitions: someOf(
      rule.transitions.map((t) =>
        withoutUndefined({ Date: t.date, Days: t.days, StorageClass: t.storageClass }),
      ),
    ),
    NoncurrentVersionExpiration:
      n === undefined
        ? undefined
        : withoutUndefined({
            NoncurrentDays: n.noncurrentDays,
            NewerNoncurrentVersions: n.newerNoncurrentVersions,
          }),
    NoncurrentVersionTransitions: someOf(
      rule.noncurrentTransitions.map((t) =>
        withoutUndefined({
          NoncurrentDays: t.noncurrentDays,
          NewerNoncurrentVersions: t.newerNoncurrentVersions,
          StorageClass: t.storageClass,
        }),
      ),
    ),
    AbortIncompleteMultipartUpload:
      rule.abortIncompleteMultipartUpload === undefined
        ? undefined
        : { DaysAfterInitiation: rule.abortIncompleteMultipartUpload.daysAfterInitiation },
  });
}

function ruleFromS3(rule: S3Rule): unknown {
  const e = rule.Expiration;
  const n = rule.NoncurrentVersionExpiration;
  const a = rule.AbortIncompleteMultipartUpload;
  return withoutUndefined({
    id: rule.ID ?? '',
    status: rule.Status,
    ...withoutUndefined(lifecycleFilterFromS3(rule.Filter, rule.Prefix)),
    expiration:
      e === undefined
        ? undefined
        : withoutUndefined({
            days: e.Days,
            date: e.Date,
            expiredObjectDeleteMarker: e.ExpiredObjectDeleteMarker,
          }),
    transitions: (rule.Transitions ?? []).map((t) =>
      withoutUndefined({ days: t.Days, date: t.Date, storageClass: t.StorageClass }),
    ),
    noncurrentExpiration:
      n === undefined
        ? undefined
        : withoutUndefined({
            noncurrentDays: n.NoncurrentDays,
            newerNoncurrentVersions: n.NewerNoncurrentVersions,
          }),
    noncurrentTransitions: (rule.NoncurrentVersionTransitions ?? []).map((t) =>
      withoutUndefined({
        noncurrentDays: t.NoncurrentDays,
        storageClass: t.StorageClass,
        newerNoncurrentVersions: t.NewerNoncurrentVersions,
      }),
    ),
    abortIncompleteMultipartUpload:
      a === undefined
        ? undefined
        : withoutUndefined({ daysAfterInitiation: a.DaysAfterInitiation }),
  });
}

export const lifecycleCodec: DocumentCodec<LifecycleConfig> = {
  document: lifecycleDocument,
  toS3: (config) => ({ Rules: config.rules.map(ruleToS3) }),
  fromS3: (json) => ({ rules: ((json as { Rules?: S3Rule[] }).Rules ?? []).map(ruleFromS3) }),
};
