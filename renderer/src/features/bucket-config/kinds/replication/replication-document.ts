import type {
  ReplicationConfig,
  ReplicationRule,
} from '../../../../../../shared/domain/config/replication.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { withoutUndefined } from '../s3-document/s3-values.js';
import { flatList, integer, one, structure, text } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

const tag = structure({ Key: one(text), Value: one(text) });
const status = structure({ Status: one(text) });

/** `<ReplicationConfiguration>` / the AWS CLI's `put-bucket-replication` JSON. */
export const replicationDocument: DocumentShape = {
  root: 'ReplicationConfiguration',
  shape: structure({
    Role: one(text),
    Rules: flatList(
      structure({
        ID: one(text),
        Priority: one(integer),
        Status: one(text),
        Filter: one(
          structure({
            Prefix: one(text),
            Tag: one(tag),
            And: one(structure({ Prefix: one(text), Tags: flatList(tag, 'Tag') })),
          }),
        ),
        /** The legacy (V1) place of the prefix; read, never written. */
        Prefix: one(text),
        Destination: one(
          structure({
            Bucket: one(text),
            Account: one(text),
            StorageClass: one(text),
            AccessControlTranslation: one(structure({ Owner: one(text) })),
          }),
        ),
        DeleteMarkerReplication: one(status),
        SourceSelectionCriteria: one(structure({ SseKmsEncryptedObjects: one(status) })),
      }),
      'Rule',
    ),
  }),
};

interface S3Tag {
  Key?: string;
  Value?: string;
}
interface S3Filter {
  Prefix?: string;
  Tag?: S3Tag;
  And?: { Prefix?: string; Tags?: S3Tag[] };
}
interface S3Rule {
  ID?: string;
  Priority?: number;
  Status?: string;
  Filter?: S3Filter;
  Prefix?: string;
  Destination?: {
    Bucket?: string;
    Account?: string;
    StorageClass?: string;
    AccessControlTranslation?: { Owner?: string };
  };
  DeleteMarkerReplication?: { Status?: string };
  SourceSelectionCriteria?: { SseKmsEncryptedObjects?: { Status?: string } };
}

/** Always a Filter (V2 schema): RGW drops the legacy top-level Prefix and replicates everything. */
function filterToS3(rule: ReplicationRule): S3Filter {
  const tags = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
  if (tags.length === 0) return { Prefix: rule.prefix };
  if (tags.length === 1 && rule.prefix === '') return { Tag: tags[0] };
  return {
    And: withoutUndefined({ Prefix: rule.prefix === '' ? undefined : rule.prefix, Tags: tags }),
  };
}

function ruleToS3(rule: ReplicationRule): S3Rule {
  const d = rule.destination;
  const sse = rule.sourceSelectionCriteria;
  return withoutUndefined({
    ID: rule.id,
    Priority: rule.priority,
    Status: rule.status,
    Filter: filterToS3(rule),
    Destination: withoutUndefined({
      Bucket: d.bucket,
      Account: d.account,
      StorageClass: d.storageClass,
      AccessControlTranslation:
        d.accessControlTranslation === undefined ? undefined : { Owner: 'Destination' },
    }),
    DeleteMarkerReplication:
      rule.deleteMarkerReplication === undefined
        ? undefined
        : { Status: rule.deleteMarkerReplication },
    SourceSelectionCriteria:
      sse === undefined
        ? undefined
        : { SseKmsEncryptedObjects: { Status: sse.sseKmsEncryptedObjects } },
  });
}

function ruleFromS3(rule: S3Rule): unknown {
  const d = rule.Destination ?? {};
  const f = rule.Filter;
  const tags = f?.And?.Tags ?? (f?.Tag === undefined ? [] : [f.Tag]);
  const sse = rule.SourceSelectionCriteria?.SseKmsEncryptedObjects?.Status;
  return withoutUndefined({
    id: rule.ID ?? '',
    status: rule.Status,
    priority: rule.Priority,
    prefix: f?.Prefix ?? f?.And?.Prefix ?? rule.Prefix ?? '',
    tags: tags.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    destination: withoutUndefined({
      bucket: d.Bucket ?? '',
      storageClass: d.StorageClass,
      account: d.Account,
      accessControlTranslation:
        d.AccessControlTranslation === undefined
          ? undefined
          : { owner: d.AccessControlTranslation.Owner },
    }),
    deleteMarkerReplication: rule.DeleteMarkerReplication?.Status,
    sourceSelectionCriteria: sse === undefined ? undefined : { sseKmsEncryptedObjects: sse },
  });
}

export const replicationCodec: DocumentCodec<ReplicationConfig> = {
  document: replicationDocument,
  toS3: (config) => withoutUndefined({ Role: config.role, Rules: config.rules.map(ruleToS3) }),
  fromS3: (json) => {
    const c = json as { Role?: string; Rules?: S3Rule[] };
    return withoutUndefined({
      role: c.Role === '' ? undefined : c.Role,
      rules: (c.Rules ?? []).map(ruleFromS3),
    });
  },
};
