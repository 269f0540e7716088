import { S3ServiceException } from '@aws-sdk/client-s3';
import type { AppErrorShape, ErrorCode } from '../../../shared/contract/envelope.js';

const s3Codes: Readonly<Record<string, ErrorCode>> = {
  AccessDenied: 'AccessDenied',
  InvalidAccessKeyId: 'InvalidAccessKeyId',
  SignatureDoesNotMatch: 'SignatureDoesNotMatch',
  RequestTimeTooSkewed: 'RequestTimeTooSkewed',
  NoSuchBucket: 'NoSuchBucket',
  NoSuchKey: 'NoSuchKey',
  BucketNotEmpty: 'BucketNotEmpty',
  BucketAlreadyExists: 'BucketAlreadyExists',
  BucketAlreadyOwnedByYou: 'BucketAlreadyOwnedByYou',
  InvalidBucketName: 'InvalidBucketName',
  NotImplemented: 'NotImplemented',
  MethodNotAllowed: 'MethodNotAllowed',
  SlowDown: 'Throttled',
  Throttling: 'Throttled',
  TooManyRequests: 'Throttled',
  RequestLimitExceeded: 'Throttled',
  NoSuchUpload: 'NoSuchUpload',
  InvalidPart: 'InvalidPart',
  InvalidPartOrder: 'InvalidPart',
  InvalidRange: 'InvalidRange',
  InvalidArgument: 'InvalidArgument',
  MalformedXML: 'MalformedXML',
  MalformedPolicy: 'MalformedPolicy',
  EntityTooLarge: 'EntityTooLarge',
  PreconditionFailed: 'PreconditionFailed',
};

const plainMessages: Partial<Record<ErrorCode, string>> = {
  AccessDenied: 'Access denied: these credentials may not do this.',
  InvalidAccessKeyId: 'The server does not know this access key.',
  SignatureDoesNotMatch: 'The secret key is wrong for this access key.',
  RequestTimeTooSkewed: "This computer's clock is too far from the server's; fix the clock.",
  NoSuchBucket: 'The bucket does not exist.',
  NoSuchKey: 'The object does not exist.',
  Throttled: 'The server asks us to slow down; try again shortly.',
};

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

function errnoCode(err: unknown): string | undefined {
  let current: unknown = err;
  // Node wraps socket errors (AggregateError, cause chains); look a few levels down.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const inner = current as { errors?: unknown[]; cause?: unknown };
    current = inner.errors?.[0] ?? inner.cause;
  }
  return undefined;
}

/** Turns SDK, socket and TLS failures into codes and messages a person can act on. */
export function toAppError(err: unknown): AppErrorShape {
  if (err instanceof S3ServiceException) {
    const code = s3Codes[err.name] ?? 'S3Error';
    const status = err.$metadata.httpStatusCode;
    const message = plainMessages[code] ?? `${err.name}: ${err.message}`;
    return {
      code,
      message,
      details: { s3Code: err.name, status, requestId: err.$metadata.requestId },
    };
  }
  const errno = errnoCode(err);
  const text = err instanceof Error ? err.message : String(err);
  if (errno !== undefined && networkCodes.has(errno)) {
    return {
      code: 'EndpointUnreachable',
      message: `Cannot reach the endpoint (${errno}). Check the address and your network.`,
      details: { cause: text },
    };
  }
  if (errno !== undefined && /^ERR_TLS|^CERT_|SELF_SIGNED|UNABLE_TO_VERIFY/.test(errno)) {
    return {
      code: 'TlsError',
      message: `The endpoint's TLS certificate was refused (${errno}).`,
      details: { cause: text },
    };
  }
  if (errno === 'ETIMEDOUT' || (err instanceof Error && err.name === 'TimeoutError')) {
    return {
      code: 'Timeout',
      message: 'The endpoint did not answer in time.',
      details: { cause: text },
    };
  }
  return { code: 'Internal', message: text };
}
