import type { ErrorCode } from '../../shared/contract/envelope.js';

/**
 * Exit codes per failure class, so scripts can tell "fix the command" from "try again later"
 * without parsing messages. Stable: documented in the README.
 */
export const EXIT = {
  ok: 0,
  /** Anything not classed below (the message names it). */
  failed: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** No such bucket, key, connection or upload. */
  notFound: 3,
  /** Credentials refused, or not allowed. */
  denied: 4,
  /** The server could not be reached or did not answer in time. */
  network: 5,
  /** Some items of a transfer or delete failed or were refused; the others went through. */
  partial: 6,
  /** The server refused the request as invalid (name, document, state). */
  rejected: 7,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const classes: Partial<Record<ErrorCode, ExitCode>> = {
  InvalidInput: EXIT.usage,
  ProfileNotFound: EXIT.notFound,
  NoSuchBucket: EXIT.notFound,
  NoSuchKey: EXIT.notFound,
  NoSuchUpload: EXIT.notFound,
  TransferNotFound: EXIT.notFound,
  TaskNotFound: EXIT.notFound,
  AccessDenied: EXIT.denied,
  InvalidAccessKeyId: EXIT.denied,
  SignatureDoesNotMatch: EXIT.denied,
  SecretUnavailable: EXIT.denied,
  CredentialsUnavailable: EXIT.denied,
  CredentialsExpired: EXIT.denied,
  RequestTimeTooSkewed: EXIT.denied,
  EndpointUnreachable: EXIT.network,
  TlsError: EXIT.network,
  Timeout: EXIT.network,
  Throttled: EXIT.network,
  ServerMisbehaved: EXIT.network,
  BucketNotEmpty: EXIT.rejected,
  BucketAlreadyExists: EXIT.rejected,
  BucketAlreadyOwnedByYou: EXIT.rejected,
  InvalidBucketName: EXIT.rejected,
  MalformedXML: EXIT.rejected,
  MalformedPolicy: EXIT.rejected,
  InvalidArgument: EXIT.rejected,
  NotImplemented: EXIT.rejected,
  UnsupportedByProvider: EXIT.rejected,
  MethodNotAllowed: EXIT.rejected,
  PreconditionFailed: EXIT.rejected,
};

export function exitCodeFor(code: ErrorCode): ExitCode {
  return classes[code] ?? EXIT.failed;
}
