import {
  DeleteBucketReplicationCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  PutBucketReplicationCommand,
} from '@aws-sdk/client-s3';
import type {
  ReplicationConfiguration,
  ReplicationRule as S3ReplicationRule,
  ReplicationRuleFilter,
  S3Client,
  StorageClass,
} from '@aws-sdk/client-s3';
import { AppError } from '../../../../shared/contract/envelope.js';
import type {
  ObjectTag,
  ReplicationConfig,
  ReplicationRule,
  RuleStatus,
} from '../../../../shared/domain/config/replication.js';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { S3Session } from '../../s3/client-pool.js';
import { replicationProblem } from '../../s3/rules/replication-rules.js';
import { withCompatibleChecksum } from './checksum.js';
import { defined } from './defined.js';
import { noneWhenMissing } from './missing.js';

const statusOf = (value: string | undefined): RuleStatus | undefined =>
  value === 'Enabled' || value === 'Disabled' ? value : undefined;

function tagsOf(filter: ReplicationRuleFilter | undefined): ObjectTag[] {
  const tags = filter?.And?.Tags ?? (filter?.Tag === undefined ? [] : [filter.Tag]);
  return tags.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));
}

export function replicationRuleFromS3(rule: S3ReplicationRule): ReplicationRule {
  const d = rule.Destination;
  const sse = statusOf(rule.SourceSelectionCriteria?.SseKmsEncryptedObjects?.Status);
  return defined({
    id: rule.ID ?? '',
    status: statusOf(rule.Status) ?? 'Disabled',
    priority: rule.Priority,
    // A legacy (V1) rule carries its prefix outside the filter.
    prefix: rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix ?? '',
    tags: tagsOf(rule.Filter),
    destination: defined({
      bucket: d?.Bucket ?? '',
      storageClass: d?.StorageClass,
      account: d?.Account,
      accessControlTranslation:
        d?.AccessControlTranslation?.Owner === 'Destination'
          ? { owner: 'Destination' as const }
          : undefined,
    }),
    deleteMarkerReplication: statusOf(rule.DeleteMarkerReplication?.Status),
    sourceSelectionCriteria: sse === undefined ? undefined : { sseKmsEncryptedObjects: sse },
  });
}

function filterToS3(rule: ReplicationRule): ReplicationRuleFilter {
  const tags = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
  if (tags.length === 0) return { Prefix: rule.prefix };
  if (tags.length === 1 && rule.prefix === '') return { Tag: tags[0] };
  return { And: { Prefix: rule.prefix === '' ? undefined : rule.prefix, Tags: tags } };
}

/** Always the current (V2, Filter-based) schema; see the `prefix` field for why. */
export function replicationRuleToS3(rule: ReplicationRule): S3ReplicationRule {
  const d = rule.destination;
  return {
    ID: rule.id,
    Status: rule.status,
    Priority: rule.priority,
    Filter: filterToS3(rule),
    Destination: {
      Bucket: d.bucket,
      // Providers name their own classes (RGW placement targets), so any name goes out.
      StorageClass: d.storageClass as StorageClass | undefined,
      Account: d.account,
      AccessControlTranslation:
        d.accessControlTranslation === undefined ? undefined : { Owner: 'Destination' },
    },
    // The V2 schema requires it on AWS; "Disabled" is S3's own default.
    DeleteMarkerReplication: { Status: rule.deleteMarkerReplication ?? 'Disabled' },
    SourceSelectionCriteria:
      rule.sourceSelectionCriteria === undefined
        ? undefined
        : {
            SseKmsEncryptedObjects: { Status: rule.sourceSelectionCriteria.sseKmsEncryptedObjects },
          },
  };
}

export function replicationFromS3(
  config: ReplicationConfiguration | undefined,
): ReplicationConfig | undefined {
  const rules = config?.Rules ?? [];
  // RGW answers 200 with no rules where AWS answers 404: both mean "none".
  if (rules.length === 0) return undefined;
  const role = config?.Role;
  return defined({
    role: role === undefined || role === '' ? undefined : role,
    rules: rules.map(replicationRuleFromS3),
  });
}

export function getBucketReplication(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<ReplicationConfig>> {
  return noneWhenMissing(async () => {
    const out = await client.send(new GetBucketReplicationCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const config = replicationFromS3(out.ReplicationConfiguration);
    return config === undefined ? noConfig : setConfig(config);
  });
}

/**
 * Replication copies object versions, so S3 needs versioning on the source.
 * AWS refuses with a terse InvalidRequest; RGW even accepts the rules and then
 * replicates nothing. Asking first gives one clear answer everywhere.
 */
async function requireVersioning(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  const out = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
  if (out.Status !== 'Enabled') {
    throw new AppError(
      'VersioningNotEnabled',
      `Replication needs versioning: enable versioning on "${bucket}" first (it is ${out.Status === 'Suspended' ? 'suspended' : 'off'}).`,
      { bucket, versioning: out.Status ?? 'Off' },
    );
  }
}

/**
 * Ceph RGW (16.2) crashes (segfault in its bucket-sync hints) when a replication PUT leaves out
 * a destination bucket the stored configuration has. Removing the configuration first, then
 * putting the new one, does not.
 */
async function clearIfDroppingDestination(
  client: S3Client,
  bucket: string,
  replication: ReplicationConfig,
  signal?: AbortSignal,
): Promise<void> {
  const stored = await getBucketReplication(client, bucket, signal);
  if (stored.state === 'none') return;
  const wanted = new Set(replication.rules.map((rule) => rule.destination.bucket));
  if (stored.config.rules.every((rule) => wanted.has(rule.destination.bucket))) return;
  await deleteBucketReplication(client, bucket, signal);
}

export async function putBucketReplication(
  session: Pick<S3Session, 'client' | 'dialect'>,
  bucket: string,
  replication: ReplicationConfig,
  signal?: AbortSignal,
): Promise<void> {
  const problem = replicationProblem(session.dialect, replication);
  if (problem !== undefined) throw problem;
  const { client } = session;
  await requireVersioning(client, bucket, signal);
  if (session.dialect.id === 'ceph')
    await clearIfDroppingDestination(client, bucket, replication, signal);
  const command = new PutBucketReplicationCommand({
    Bucket: bucket,
    ReplicationConfiguration: {
      Role: replication.role,
      Rules: replication.rules.map(replicationRuleToS3),
    },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

export async function deleteBucketReplication(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteBucketReplicationCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
}
