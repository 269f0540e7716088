import { S3ServiceException } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { AppErrorShape, ErrorCode } from '../../../shared/contract/envelope.js';

const s3Codes: Readonly<Record<string, ErrorCode>> = {
  AccessDenied: 'AccessDenied',
  // HEAD answers carry no body, so the SDK names the error after the status.
  Forbidden: 'AccessDenied',
  InvalidAccessKeyId: 'InvalidAccessKeyId',
  SignatureDoesNotMatch: 'SignatureDoesNotMatch',
  ExpiredToken: 'CredentialsExpired',
  TokenRefreshRequired: 'CredentialsExpired',
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
  // AWS documents 503 ServiceUnavailable as "reduce your request rate".
  ServiceUnavailable: 'Throttled',
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
  EntityTooSmall: 'EntityTooSmall',
  PreconditionFailed: 'PreconditionFailed',
  InvalidLocationConstraint: 'InvalidLocationConstraint',
  // AWS's name for the same refusal.
  IllegalLocationConstraintException: 'InvalidLocationConstraint',
  // An ACL grant to an e-mail address no account on the server has.
  UnresolvableGrantByEmailAddress: 'InvalidArgument',
};

const plainMessages: Partial<Record<ErrorCode, string>> = {
  AccessDenied:
    'Access denied: these credentials may not do this. The bucket may belong to another account, or a policy forbids it.',
  InvalidAccessKeyId: 'The server does not know this access key.',
  SignatureDoesNotMatch: 'The secret key is wrong for this access key.',
  CredentialsExpired:
    "The connection's session has expired: its temporary keys or session token are no longer valid. Get fresh ones (sign in again, or edit the connection) and try again.",
  RequestTimeTooSkewed:
    "This computer's clock is too far from the server's (S3 allows 15 minutes). Fix the system clock and time zone, then try again.",
  NoSuchBucket: 'The bucket does not exist.',
  NoSuchKey: 'The object does not exist.',
  BucketNotEmpty: 'The bucket is not empty: delete its objects first, or choose "empty it first".',
  BucketAlreadyExists: 'That bucket name is taken by another account; bucket names are global.',
  BucketAlreadyOwnedByYou: 'You already own a bucket with this name.',
  InvalidBucketName:
    'The server refused this bucket name. Use 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.',
  NotImplemented: 'This server does not implement this operation.',
  MethodNotAllowed: 'This server does not allow this operation on this resource.',
  Throttled: 'The server asked us to slow down and kept refusing after retries; try again shortly.',
  EntityTooSmall: 'A part other than the last is smaller than 5 MiB, the least S3 accepts.',
  NoSuchUpload: 'The multipart upload does not exist: it was completed or aborted.',
  InvalidLocationConstraint:
    "This server does not serve that region: leave the region empty or use the server's own.",
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

/** A string property of the error or, as Node wraps socket errors (AggregateError, cause chains), of one a few levels down. */
function fromChain(err: unknown, property: 'code' | 'holdallProxy'): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const value = (current as Record<string, unknown>)[property];
    if (typeof value === 'string') return value;
    const inner = current as { errors?: unknown[]; cause?: unknown };
    current = inner.errors?.[0] ?? inner.cause;
  }
  return undefined;
}

function errnoCode(err: unknown): string | undefined {
  return fromChain(err, 'code');
}

const proxyAuthRequired: AppErrorShape = {
  code: 'ProxyAuthRequired',
  message:
    "The connection's proxy asks for a user name and password, or refused the ones given (HTTP 407).",
  details: { status: 407 },
};

/** The proxy a failure happened at (proxy-agents' fromProxy). */
function proxyOf(err: unknown): string | undefined {
  return fromChain(err, 'holdallProxy');
}

/** Cannot reach the proxy, or it did not answer in time: said as the proxy's fault, not the endpoint's. */
function proxyFailure(proxy: string, errno: string | undefined, text: string): AppErrorShape {
  if (errno !== undefined && networkCodes.has(errno)) {
    return {
      code: 'EndpointUnreachable',
      message: `Cannot reach the proxy ${proxy} (${errno}). Check the proxy's address and port in the connection's network settings, and that the proxy is running.`,
      details: { proxy, cause: text },
    };
  }
  if (errno !== undefined && /^ERR_TLS|^CERT_|SELF_SIGNED|^UNABLE_TO_|^DEPTH_ZERO/.test(errno)) {
    return {
      code: 'TlsError',
      message: `The https:// proxy ${proxy} presented a certificate this connection does not trust (${errno}). Choose the CA that issued it as the connection's private CA.`,
      details: { proxy, cause: text },
    };
  }
  if (errno?.startsWith('ERR_SSL_') === true) {
    return {
      code: 'TlsError',
      message: `The TLS handshake with the proxy ${proxy} failed (${errno}). If it is an http:// proxy, choose http as its protocol.`,
      details: { proxy, cause: text },
    };
  }
  return {
    code: 'Timeout',
    message: `The proxy ${proxy} did not answer in time. Check the proxy's address, or raise the connection's connect timeout.`,
    details: { proxy, cause: text },
  };
}

/** Turns SDK, socket and TLS failures into codes and messages a person can act on. */
export function toAppError(err: unknown): AppErrorShape {
  // Ours already speaks plainly, e.g. a credential source's failure surfacing through the SDK.
  if (err instanceof AppError) return err.toShape();
  if (err instanceof S3ServiceException) {
    // A forward proxy's answer to a plain-HTTP request reaches the SDK as the server's.
    if (err.$metadata.httpStatusCode === 407) return proxyAuthRequired;
    const code = s3Codes[err.name] ?? 'S3Error';
    const status = err.$metadata.httpStatusCode;
    const message =
      plainMessages[code] ??
      (status !== undefined && status >= 300 && status < 400
        ? redirectMessage(status)
        : fallbackMessage(err.name, err.message, status));
    return {
      code,
      message,
      details: { s3Code: err.name, status, requestId: err.$metadata.requestId },
    };
  }
  const errno = errnoCode(err);
  const text = err instanceof Error ? err.message : String(err);
  const proxy = proxyOf(err);
  if (proxy !== undefined) return proxyFailure(proxy, errno, text);
  if (errno !== undefined && networkCodes.has(errno)) {
    return {
      code: 'EndpointUnreachable',
      message: `Cannot reach the endpoint (${errno}). Check the address and your network.`,
      details: { cause: text },
    };
  }
  // UNABLE_TO_GET_ISSUER_CERT_LOCALLY is the usual answer behind a corporate TLS-inspecting proxy.
  if (errno !== undefined && /^ERR_TLS|^CERT_|SELF_SIGNED|^UNABLE_TO_/.test(errno)) {
    return {
      code: 'TlsError',
      message: `The endpoint's TLS certificate was refused (${errno}). It may be self-signed or issued by a corporate CA this computer does not trust: install that CA in the system, or check the https:// address.`,
      details: { cause: text },
    };
  }
  if (errno?.startsWith('ERR_SSL_') === true) {
    return {
      code: 'TlsError',
      message: `The TLS handshake with the endpoint failed (${errno}). If the server speaks plain HTTP, use an http:// address.`,
      details: { cause: text },
    };
  }
  if (errno === 'ETIMEDOUT' || (err instanceof Error && err.name === 'TimeoutError')) {
    const ours = (err as { holdallDeadline?: unknown }).holdallDeadline === true;
    const connectMs =
      /did not establish a connection with the server within the configured timeout of (\d+) ms/.exec(
        text,
      )?.[1];
    return {
      code: 'Timeout',
      // Our own deadline names the server and the limit; the SDK's messages are its internals.
      message: ours
        ? `The endpoint did not answer in time: ${text}.`
        : connectMs !== undefined
          ? `Could not open a connection to the endpoint within ${Number(connectMs) / 1000} s (the connection's connect timeout). Check the address, or raise the connect timeout in the connection's network settings.`
          : 'The endpoint did not answer in time.',
      details: { cause: text },
    };
  }
  if (err instanceof Error && err.name === 'AbortError') {
    return { code: 'Canceled', message: 'The request was canceled.' };
  }
  return { code: 'Internal', message: text };
}

// Servers such as RGW send no <Message>, and the SDK then says "UnknownError": name the code instead.
function fallbackMessage(name: string, text: string, status: number | undefined): string {
  const said = text === '' || text === 'UnknownError' ? '' : `: ${text}`;
  return `The server answered ${name}${status === undefined ? '' : ` (HTTP ${status})`}${said}`;
}

// Following a redirect would send the signed request, credentials and all, wherever it points.
function redirectMessage(status: number): string {
  return `The server answered with a redirect (HTTP ${status}). Holdall does not follow redirects, so your credentials go nowhere else: check the endpoint address and the region.`;
}
