import { AppError } from '../../../shared/contract/envelope.js';
import type { CapabilityFeature } from '../../../shared/domain/capabilities.js';
import type { OperationId } from '../../../shared/domain/operations.js';
import { configLimits } from '../../../shared/domain/config/provider-limits.js';
import type { ConfigLimits } from '../../../shared/domain/config/provider-limits.js';
import { objectLockSupport } from '../../../shared/domain/object-lock.js';
import type { ObjectLockSupport } from '../../../shared/domain/object-lock.js';
import type { ProviderId } from '../../../shared/domain/profile.js';
import { providerInfo } from '../../../shared/domain/providers.js';

type ChecksumMode = 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';

export type {
  NotificationKind,
  ReplicationField,
} from '../../../shared/domain/config/provider-limits.js';

/** What differs between S3-compatible services, as data rather than scattered ifs. */
export interface Dialect {
  readonly id: ProviderId;
  /**
   * Current SDKs add CRC32 trailers by default; servers other than AWS reject
   * streamed bodies with them (RGW answers 411), so they get WHEN_REQUIRED.
   */
  readonly requestChecksums: ChecksumMode;
  readonly responseChecksums: ChecksumMode;
  /** Seed operations the provider does not offer; refused before sending. */
  readonly unsupportedOperations: readonly OperationId[];
  /**
   * Features beyond the seed operations the provider is known not to offer, with what to call
   * them in the reason; the capability probe reports them unsupported without asking.
   */
  readonly unsupportedFeatures: Readonly<Partial<Record<CapabilityFeature, string>>>;
  readonly copy: {
    /** x-amz-copy-source-if-match / -none-match / -modified-since / -unmodified-since */
    readonly conditions: boolean;
    /**
     * Where the server reads copy conditions: 'legacy' servers read x-amz-copy-if-* and
     * silently ignore the standard names, so Holdall sends both.
     */
    readonly conditionHeaders: 'standard' | 'legacy';
    readonly taggingDirective: boolean;
    /** undefined: any storage class the server knows. */
    readonly storageClasses: readonly string[] | undefined;
  };
  readonly uploadPartCopy: { readonly conditions: boolean };
  readonly deleteObjects: { readonly versionIds: boolean };
  readonly acl: { readonly explicitGrants: boolean };
  /** Shared with the renderer, whose editors check them as you type. */
  readonly replication: ConfigLimits['replication'];
  readonly notification: ConfigLimits['notification'];
  readonly objectLock: ObjectLockSupport;
  readonly lifecycle: ConfigLimits['lifecycle'];
}

const permissive = {
  unsupportedOperations: [],
  unsupportedFeatures: {},
  copy: {
    conditions: true,
    conditionHeaders: 'standard',
    taggingDirective: true,
    storageClasses: undefined,
  },
  uploadPartCopy: { conditions: true },
  deleteObjects: { versionIds: true },
  ...configLimits.generic,
} as const satisfies Omit<Dialect, 'id' | 'requestChecksums' | 'responseChecksums' | 'objectLock'>;

const compatibleChecksums = {
  requestChecksums: 'WHEN_REQUIRED',
  responseChecksums: 'WHEN_REQUIRED',
} as const;

export const dialects: Readonly<Record<ProviderId, Dialect>> = {
  aws: {
    id: 'aws',
    objectLock: objectLockSupport.aws,
    requestChecksums: 'WHEN_SUPPORTED',
    responseChecksums: 'WHEN_SUPPORTED',
    ...permissive,
    ...configLimits.aws,
  },
  // From JD Cloud OSS's S3 API tables and docs.
  jdcloud: {
    id: 'jdcloud',
    objectLock: objectLockSupport.jdcloud,
    ...compatibleChecksums,
    ...permissive,
    copy: {
      conditions: false,
      conditionHeaders: 'standard',
      taggingDirective: false,
      storageClasses: ['STANDARD', 'REDUCED_REDUNDANCY'],
    },
    uploadPartCopy: { conditions: false },
    deleteObjects: { versionIds: false },
    // None is part of JD Cloud OSS's S3 API (its tables list no ListObjectVersions and no
    // versionId parameter either).
    unsupportedFeatures: {
      publicAccessBlock: 'public access block',
      requestPayment: 'requester pays',
      objectLock: 'object lock',
      versions: 'object versions',
    },
    ...configLimits.jdcloud,
  },
  // Measured on RGW 16 (Pacific), whose source reads HTTP_X_AMZ_COPY_IF_MATCH and friends:
  // it ignores the tagging directive and conditions on part copies, so those count as unsupported.
  ceph: {
    id: 'ceph',
    objectLock: objectLockSupport.ceph,
    ...compatibleChecksums,
    ...permissive,
    copy: { ...permissive.copy, conditionHeaders: 'legacy', taggingDirective: false },
    uploadPartCopy: { conditions: false },
    ...configLimits.ceph,
  },
  minio: {
    id: 'minio',
    objectLock: objectLockSupport.minio,
    ...compatibleChecksums,
    ...permissive,
    unsupportedOperations: ['PutBucketWebsite', 'GetBucketWebsite', 'DeleteBucketWebsite'],
    ...configLimits.minio,
  },
  generic: {
    id: 'generic',
    objectLock: objectLockSupport.generic,
    ...compatibleChecksums,
    ...permissive,
  },
};

/** The error for a request the provider cannot take, naming what and who. */
export function unsupportedByProvider(dialect: Dialect, what: string): AppError {
  const { label } = providerInfo(dialect.id);
  return new AppError('UnsupportedByProvider', `${label} does not support ${what}.`, {
    provider: dialect.id,
    field: what,
  });
}
