import {
  GetBucketAclCommand,
  GetBucketCorsCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketRequestPaymentCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetBucketWebsiteCommand,
  GetPublicAccessBlockCommand,
  GetObjectLockConfigurationCommand,
  ListObjectVersionsCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { capabilityFeatures } from '../../../shared/domain/capabilities.js';
import type {
  BucketCapabilities,
  CapabilityFeature,
  FeatureCapability,
} from '../../../shared/domain/capabilities.js';
import type { ErrorCode } from '../../../shared/contract/envelope.js';
import type { OperationId } from '../../../shared/domain/operations.js';
import type { Dialect } from '../s3/dialects.js';
import { unsupportedByProvider } from '../s3/dialects.js';
import { toAppError } from '../s3/errors.js';

type Read = (client: S3Client, Bucket: string, abortSignal?: AbortSignal) => Promise<unknown>;

interface Reader {
  /** The seed operation a dialect may list as unsupported; versioning is not a seed operation. */
  operation: OperationId | undefined;
  /** For features beyond the seed tables: what the provider documents, asked before the server. */
  read: Read;
}

const readers: Readonly<Record<CapabilityFeature, Reader>> = {
  policy: {
    operation: 'GetBucketPolicy',
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketPolicyCommand({ Bucket }), { abortSignal }),
  },
  acl: {
    operation: 'GetBucketAcl',
    read: (c, Bucket, abortSignal) => c.send(new GetBucketAclCommand({ Bucket }), { abortSignal }),
  },
  cors: {
    operation: 'GetBucketCors',
    read: (c, Bucket, abortSignal) => c.send(new GetBucketCorsCommand({ Bucket }), { abortSignal }),
  },
  website: {
    operation: 'GetBucketWebsite',
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketWebsiteCommand({ Bucket }), { abortSignal }),
  },
  replication: {
    operation: 'GetBucketReplication',
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketReplicationCommand({ Bucket }), { abortSignal }),
  },
  notification: {
    operation: 'GetBucketNotificationConfiguration',
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketNotificationConfigurationCommand({ Bucket }), { abortSignal }),
  },
  versioning: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketVersioningCommand({ Bucket }), { abortSignal }),
  },
  // Not in JD Cloud's API tables either way: the server's answer decides.
  tagging: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketTaggingCommand({ Bucket }), { abortSignal }),
  },
  // AWS and RGW; providers known to lack them say so in their dialect.
  publicAccessBlock: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new GetPublicAccessBlockCommand({ Bucket }), { abortSignal }),
  },
  requestPayment: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketRequestPaymentCommand({ Bucket }), { abortSignal }),
  },
  // A bucket created without object lock answers 404 ObjectLockConfigurationNotFoundError.
  objectLock: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new GetObjectLockConfigurationCommand({ Bucket }), { abortSignal }),
  },
  // Not a seed operation; 404 NoSuchLifecycleConfiguration says the feature is there.
  lifecycle: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new GetBucketLifecycleConfigurationCommand({ Bucket }), { abortSignal }),
  },
  // One version is enough to know: the listing costs the same on a bucket of millions.
  versions: {
    operation: undefined,
    read: (c, Bucket, abortSignal) =>
      c.send(new ListObjectVersionsCommand({ Bucket, MaxKeys: 1 }), { abortSignal }),
  },
};

/**
 * Errors that say nothing about a feature, only that the bucket or the connection is wrong:
 * the whole probe fails with them rather than reporting an "unknown" per feature.
 */
const fatalCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NoSuchBucket',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'RequestTimeTooSkewed',
  'EndpointUnreachable',
  'TlsError',
  'Timeout',
  'Canceled',
]);

// AWS answers 404 with these when the feature exists but the bucket has no such configuration.
const missingConfiguration =
  /^NoSuch\w*(Configuration|Policy)$|ConfigurationNotFound|^NoSuchTagSet$/;

export type ProbeVerdict = { fatal: false; capability: FeatureCapability } | { fatal: true };

/** How one failed configuration read answers "does this server offer the feature?". Pure. */
export function classifyProbeError(err: unknown): ProbeVerdict {
  const shape = toAppError(err);
  if (fatalCodes.has(shape.code)) return { fatal: true };
  if (!(err instanceof S3ServiceException)) {
    return { fatal: false, capability: { status: 'unknown', reason: shape.message } };
  }
  const status = err.$metadata.httpStatusCode;
  const reason = `${err.name}${status === undefined ? '' : ` (HTTP ${status})`}`;
  if (
    err.name === 'NotImplemented' ||
    err.name === 'MethodNotAllowed' ||
    status === 501 ||
    status === 405
  ) {
    return { fatal: false, capability: { status: 'unsupported', reason } };
  }
  if (status === 404 && missingConfiguration.test(err.name)) {
    return { fatal: false, capability: { status: 'supported' } };
  }
  return { fatal: false, capability: { status: 'unknown', reason } };
}

async function probeFeature(
  client: S3Client,
  dialect: Dialect,
  feature: CapabilityFeature,
  bucket: string,
  signal: AbortSignal | undefined,
): Promise<FeatureCapability> {
  const { operation, read } = readers[feature];
  if (operation !== undefined && dialect.unsupportedOperations.includes(operation)) {
    // Known from the provider's documentation: no request needed.
    return { status: 'unsupported', reason: unsupportedByProvider(dialect, operation).message };
  }
  const lacking = dialect.unsupportedFeatures[feature];
  if (lacking !== undefined) {
    return { status: 'unsupported', reason: unsupportedByProvider(dialect, lacking).message };
  }
  try {
    await read(client, bucket, signal);
    return { status: 'supported' };
  } catch (err) {
    const verdict = classifyProbeError(err);
    if (verdict.fatal) throw err;
    return verdict.capability;
  }
}

/** Reads each bucket configuration once, in parallel, and says which features the server has. */
export async function probeCapabilities(
  client: S3Client,
  dialect: Dialect,
  bucket: string,
  signal?: AbortSignal,
): Promise<BucketCapabilities> {
  const results = await Promise.all(
    capabilityFeatures.map((feature) => probeFeature(client, dialect, feature, bucket, signal)),
  );
  const features = Object.fromEntries(
    capabilityFeatures.map((feature, i) => [feature, results[i]]),
  ) as Record<CapabilityFeature, FeatureCapability>;
  return { ...features, checkedAt: new Date().toISOString() };
}

export type Probe = typeof probeCapabilities;
