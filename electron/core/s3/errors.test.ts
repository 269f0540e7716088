import { S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import type { ErrorCode } from '../../../shared/contract/envelope.js';
import { toAppError } from './errors.js';

function s3Error(name: string, status: number, message = 'UnknownError'): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, requestId: 'req-1' },
    message,
  });
}

function socketError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('toAppError: S3 codes', () => {
  const table: [s3Code: string, status: number, code: ErrorCode][] = [
    ['AccessDenied', 403, 'AccessDenied'],
    ['Forbidden', 403, 'AccessDenied'],
    ['InvalidAccessKeyId', 403, 'InvalidAccessKeyId'],
    ['SignatureDoesNotMatch', 403, 'SignatureDoesNotMatch'],
    ['ExpiredToken', 400, 'CredentialsExpired'],
    ['TokenRefreshRequired', 400, 'CredentialsExpired'],
    ['RequestTimeTooSkewed', 403, 'RequestTimeTooSkewed'],
    ['NoSuchBucket', 404, 'NoSuchBucket'],
    ['NoSuchKey', 404, 'NoSuchKey'],
    ['BucketNotEmpty', 409, 'BucketNotEmpty'],
    ['BucketAlreadyExists', 409, 'BucketAlreadyExists'],
    ['BucketAlreadyOwnedByYou', 409, 'BucketAlreadyOwnedByYou'],
    ['InvalidBucketName', 400, 'InvalidBucketName'],
    ['NotImplemented', 501, 'NotImplemented'],
    ['MethodNotAllowed', 405, 'MethodNotAllowed'],
    ['SlowDown', 503, 'Throttled'],
    ['ServiceUnavailable', 503, 'Throttled'],
    ['Throttling', 400, 'Throttled'],
    ['TooManyRequests', 429, 'Throttled'],
    ['RequestLimitExceeded', 503, 'Throttled'],
    ['NoSuchUpload', 404, 'NoSuchUpload'],
    ['InvalidPart', 400, 'InvalidPart'],
    ['InvalidPartOrder', 400, 'InvalidPart'],
    ['InvalidRange', 416, 'InvalidRange'],
    ['InvalidArgument', 400, 'InvalidArgument'],
    ['MalformedXML', 400, 'MalformedXML'],
    ['MalformedPolicy', 400, 'MalformedPolicy'],
    ['EntityTooLarge', 400, 'EntityTooLarge'],
    ['PreconditionFailed', 412, 'PreconditionFailed'],
  ];

  it.each(table)('%s (HTTP %i) → %s, keeping code, status and request id', (name, status, code) => {
    const shape = toAppError(s3Error(name, status));
    expect(shape.code).toBe(code);
    expect(shape.details).toEqual({ s3Code: name, status, requestId: 'req-1' });
    // Every message is a sentence, never the SDK's "UnknownError" placeholder.
    expect(shape.message).not.toContain('UnknownError');
    expect(shape.message.length).toBeGreaterThan(10);
  });

  it.each([
    [
      'BucketNotEmpty',
      'The bucket is not empty: delete its objects first, or choose "empty it first".',
    ],
    [
      'BucketAlreadyExists',
      'That bucket name is taken by another account; bucket names are global.',
    ],
    ['SignatureDoesNotMatch', 'The secret key is wrong for this access key.'],
    ['NoSuchBucket', 'The bucket does not exist.'],
  ])('%s has a plain message', (name, message) => {
    expect(toAppError(s3Error(name, 400)).message).toBe(message);
  });

  it('tells the user to fix the clock on RequestTimeTooSkewed', () => {
    expect(toAppError(s3Error('RequestTimeTooSkewed', 403)).message).toMatch(
      /fix the system clock/i,
    );
  });

  it('keeps unknown S3 codes as S3Error, naming the code and status', () => {
    expect(toAppError(s3Error('NoSuchTagSet', 404))).toEqual({
      code: 'S3Error',
      message: 'The server answered NoSuchTagSet (HTTP 404)',
      details: { s3Code: 'NoSuchTagSet', status: 404, requestId: 'req-1' },
    });
    expect(toAppError(s3Error('WeirdThing', 400, 'It broke.')).message).toBe(
      'The server answered WeirdThing (HTTP 400): It broke.',
    );
  });
});

describe('toAppError: transport', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
    '%s → EndpointUnreachable naming the cause',
    (errno) => {
      const shape = toAppError(socketError(errno));
      expect(shape.code).toBe('EndpointUnreachable');
      expect(shape.message).toContain(errno);
    },
  );

  it('finds the socket code inside an AggregateError (Node tries every address)', () => {
    const err = new AggregateError([socketError('ECONNREFUSED')], 'connect failed');
    expect(toAppError(err).code).toBe('EndpointUnreachable');
  });

  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
  ])('%s → TlsError mentioning self-signed and corporate CAs', (errno) => {
    const shape = toAppError(socketError(errno));
    expect(shape.code).toBe('TlsError');
    expect(shape.message).toContain(errno);
    expect(shape.message).toContain('self-signed');
    expect(shape.message).toContain('corporate CA');
  });

  it('a TLS handshake failure (https to a plain HTTP port) → TlsError suggesting http://', () => {
    const shape = toAppError(socketError('ERR_SSL_WRONG_VERSION_NUMBER'));
    expect(shape.code).toBe('TlsError');
    expect(shape.message).toContain('http://');
  });

  it('timeouts → Timeout', () => {
    expect(toAppError(socketError('ETIMEDOUT')).code).toBe('Timeout');
    expect(toAppError(Object.assign(new Error('slow'), { name: 'TimeoutError' })).code).toBe(
      'Timeout',
    );
  });

  it('an aborted request → Canceled', () => {
    const err = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    expect(toAppError(err)).toEqual({ code: 'Canceled', message: 'The request was canceled.' });
  });

  it('anything else → Internal with its message', () => {
    expect(toAppError(new Error('disk on fire'))).toEqual({
      code: 'Internal',
      message: 'disk on fire',
    });
    expect(toAppError('a string')).toEqual({ code: 'Internal', message: 'a string' });
  });
});

describe('toAppError: Holdall’s own errors', () => {
  it('keeps an AppError that surfaced through the SDK, such as a credential source’s', () => {
    const failure = new AppError('CredentialsUnavailable', 'The AWS profile "lab" is gone.');
    expect(toAppError(failure)).toEqual({
      code: 'CredentialsUnavailable',
      message: 'The AWS profile "lab" is gone.',
    });
  });

  it('says an expired session in plain words', () => {
    expect(toAppError(s3Error('ExpiredToken', 400)).message).toContain(
      "The connection's session has expired",
    );
  });
});
