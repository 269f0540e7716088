import {
  DeleteBucketLifecycleCommand,
  GetBucketLifecycleConfigurationCommand,
  PutBucketLifecycleConfigurationCommand,
} from '@aws-sdk/client-s3';
import type {
  LifecycleRule as S3LifecycleRule,
  S3Client,
  TransitionStorageClass,
} from '@aws-sdk/client-s3';
import type { AppError } from '../../../../shared/contract/envelope.js';
import {
  lifecycleFilterFromS3,
  lifecycleFilterToS3,
} from '../../../../shared/domain/config/lifecycle.js';
import type { LifecycleConfig, LifecycleRule } from '../../../../shared/domain/config/lifecycle.js';
import { lifecycleViolations } from '../../../../shared/domain/config/lifecycle-limits.js';
import type { RuleStatus } from '../../../../shared/domain/config/replication.js';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { S3Session } from '../../s3/client-pool.js';
import { unsupportedByProvider } from '../../s3/dialects.js';
import type { Dialect } from '../../s3/dialects.js';
import { withCompatibleChecksum } from './checksum.js';
import { defined } from './defined.js';
import { noneWhenMissing } from './missing.js';

const statusOf = (value: string | undefined): RuleStatus | undefined =>
  value === 'Enabled' || value === 'Disabled' ? value : undefined;

// The SDK parses dates; S3 writes them as ISO 8601 at midnight UTC, and so does the model.
const isoOf = (date: Date | undefined): string | undefined => date?.toISOString();

export function lifecycleRuleFromS3(rule: S3LifecycleRule): LifecycleRule {
  const e = rule.Expiration;
  const n = rule.NoncurrentVersionExpiration;
  const expiration =
    e === undefined
      ? undefined
      : defined({
          days: e.Days,
          date: isoOf(e.Date),
          // "false" says nothing; it is left out as S3 leaves it out.
          expiredObjectDeleteMarker: e.ExpiredObjectDeleteMarker === true ? true : undefined,
        });
  return defined({
    id: rule.ID ?? '',
    status: statusOf(rule.Status) ?? 'Disabled',
    ...defined(lifecycleFilterFromS3(rule.Filter, rule.Prefix)),
    expiration:
      expiration === undefined || Object.keys(expiration).length === 0 ? undefined : expiration,
    transitions: (rule.Transitions ?? []).map((t) =>
      defined({ days: t.Days, date: isoOf(t.Date), storageClass: t.StorageClass ?? '' }),
    ),
    noncurrentExpiration:
      n?.NoncurrentDays === undefined
        ? undefined
        : defined({
            noncurrentDays: n.NoncurrentDays,
            newerNoncurrentVersions: n.NewerNoncurrentVersions,
          }),
    noncurrentTransitions: (rule.NoncurrentVersionTransitions ?? []).map((t) =>
      defined({
        noncurrentDays: t.NoncurrentDays ?? 0,
        storageClass: t.StorageClass ?? '',
        newerNoncurrentVersions: t.NewerNoncurrentVersions,
      }),
    ),
    abortIncompleteMultipartUpload:
      rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation === undefined
        ? undefined
        : { daysAfterInitiation: rule.AbortIncompleteMultipartUpload.DaysAfterInitiation },
  });
}

// Providers name their own classes (RGW placement targets), so any name goes out.
const storageClass = (name: string) => name as TransitionStorageClass;
const dateOf = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso));

export function lifecycleRuleToS3(rule: LifecycleRule): S3LifecycleRule {
  const e = rule.expiration;
  const n = rule.noncurrentExpiration;
  const transitions = rule.transitions.map((t) =>
    defined({ Days: t.days, Date: dateOf(t.date), StorageClass: storageClass(t.storageClass) }),
  );
  const noncurrentTransitions = rule.noncurrentTransitions.map((t) =>
    defined({
      NoncurrentDays: t.noncurrentDays,
      StorageClass: storageClass(t.storageClass),
      NewerNoncurrentVersions: t.newerNoncurrentVersions,
    }),
  );
  return defined({
    ID: rule.id,
    Status: rule.status,
    Filter: lifecycleFilterToS3(rule),
    Expiration:
      e === undefined
        ? undefined
        : defined({
            Days: e.days,
            Date: dateOf(e.date),
            ExpiredObjectDeleteMarker: e.expiredObjectDeleteMarker,
          }),
    Transitions: transitions.length === 0 ? undefined : transitions,
    NoncurrentVersionExpiration:
      n === undefined
        ? undefined
        : defined({
            NoncurrentDays: n.noncurrentDays,
            NewerNoncurrentVersions: n.newerNoncurrentVersions,
          }),
    NoncurrentVersionTransitions:
      noncurrentTransitions.length === 0 ? undefined : noncurrentTransitions,
    AbortIncompleteMultipartUpload:
      rule.abortIncompleteMultipartUpload === undefined
        ? undefined
        : { DaysAfterInitiation: rule.abortIncompleteMultipartUpload.daysAfterInitiation },
  });
}

/** The first thing the provider would refuse, as the error Holdall answers before sending. */
export function lifecycleProblem(dialect: Dialect, config: LifecycleConfig): AppError | undefined {
  const [violation] = lifecycleViolations(dialect.lifecycle, config);
  if (violation === undefined) return undefined;
  switch (violation.code) {
    case 'unsupportedField':
      return unsupportedByProvider(dialect, `the lifecycle field ${violation.field}`);
    case 'idTooLong':
      return unsupportedByProvider(dialect, `lifecycle rule IDs over ${violation.max} characters`);
    case 'unknownStorageClass':
      return unsupportedByProvider(
        dialect,
        `transitions to that storage class (it takes ${violation.offered.join(', ') || 'none'})`,
      );
  }
}

export function getBucketLifecycle(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<LifecycleConfig>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const rules = out.Rules ?? [];
    return rules.length === 0 ? noConfig : setConfig({ rules: rules.map(lifecycleRuleFromS3) });
  });
}

export async function putBucketLifecycle(
  session: Pick<S3Session, 'client' | 'dialect'>,
  bucket: string,
  lifecycle: LifecycleConfig,
  signal?: AbortSignal,
): Promise<void> {
  const problem = lifecycleProblem(session.dialect, lifecycle);
  if (problem !== undefined) throw problem;
  const command = new PutBucketLifecycleConfigurationCommand({
    Bucket: bucket,
    LifecycleConfiguration: { Rules: lifecycle.rules.map(lifecycleRuleToS3) },
  });
  await session.client.send(await withCompatibleChecksum(session.client, command), {
    abortSignal: signal,
  });
}

export async function deleteBucketLifecycle(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteBucketLifecycleCommand({ Bucket: bucket }), { abortSignal: signal });
}
