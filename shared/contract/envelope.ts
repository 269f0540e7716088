import { z } from 'zod';

/**
 * Codes the UI can act on. S3 codes travel intact so the renderer can tell
 * "no such bucket" from "access denied" without parsing messages.
 */
export const errorCodes = [
  // contract
  'InvalidInput',
  'UnknownChannel',
  'Internal',
  // app state
  'ProfileNotFound',
  'SecretUnavailable',
  // the connection's credential source (AWS profile, credential process) gave no usable keys
  'CredentialsUnavailable',
  // temporary keys or a session token ran out; signing in again (or a fresh source) mends it
  'CredentialsExpired',
  'UnsupportedByProvider',
  'Canceled',
  'SourceChanged',
  'LocalFileError',
  // a local path the caller may not use: unknown grant, wrong use, the app's own data folder
  'GrantRefused',
  'ChecksumMismatch',
  // a server sent more bytes than the object has
  'ResponseTooLong',
  'TransferNotFound',
  'TaskNotFound',
  // the host cannot do this at all (the browser host cannot open a file with its app)
  'UnavailableInHost',
  // replication needs versioning on the source bucket
  'VersioningNotEnabled',
  // a version's retention or legal hold refused the delete; details say which and until when
  'ObjectLocked',
  // transport
  'EndpointUnreachable',
  'TlsError',
  'ProxyAuthRequired',
  'ProxyRefused',
  'Timeout',
  // the server broke the protocol: endless paging, oversized or unreadable answers
  'ServerMisbehaved',
  // S3
  'AccessDenied',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'RequestTimeTooSkewed',
  'NoSuchBucket',
  'NoSuchKey',
  'BucketNotEmpty',
  'BucketAlreadyExists',
  'BucketAlreadyOwnedByYou',
  'InvalidBucketName',
  'NotImplemented',
  'MethodNotAllowed',
  'Throttled',
  'NoSuchUpload',
  'InvalidPart',
  'InvalidRange',
  'InvalidArgument',
  'MalformedXML',
  'MalformedPolicy',
  'EntityTooLarge',
  'EntityTooSmall',
  'PreconditionFailed',
  'InvalidLocationConstraint',
  'S3Error',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside a host; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppErrorShape(value: unknown): value is AppErrorShape {
  return appErrorSchema.safeParse(value).success;
}
