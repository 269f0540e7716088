import { S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { classifyProbeError } from './capabilities-probe.js';

function s3Error(name: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message: 'UnknownError',
  });
}

describe('classifyProbeError', () => {
  it.each([
    ['NotImplemented', 501],
    ['MethodNotAllowed', 405],
    // Some servers send an odd code with the right status; the status decides.
    ['UnknownOperation', 501],
    ['Unknown', 405],
  ])('%s (HTTP %i) → unsupported, with the reason', (name, status) => {
    expect(classifyProbeError(s3Error(name, status))).toEqual({
      fatal: false,
      capability: { status: 'unsupported', reason: `${name} (HTTP ${status})` },
    });
  });

  it.each([
    'NoSuchBucketPolicy',
    'NoSuchCORSConfiguration',
    'NoSuchWebsiteConfiguration',
    'ReplicationConfigurationNotFoundError',
    'NoSuchLifecycleConfiguration',
    'NoSuchPublicAccessBlockConfiguration',
  ])('404 %s (the feature exists, the bucket has none) → supported', (name) => {
    expect(classifyProbeError(s3Error(name, 404))).toEqual({
      fatal: false,
      capability: { status: 'supported' },
    });
  });

  it.each([
    ['AccessDenied', 403],
    ['InternalError', 500],
    ['NoSuchKey', 404],
    ['NotFound', 404],
  ])('%s (HTTP %i) → unknown, with the reason', (name, status) => {
    expect(classifyProbeError(s3Error(name, status))).toEqual({
      fatal: false,
      capability: { status: 'unknown', reason: `${name} (HTTP ${status})` },
    });
  });

  it.each([
    ['NoSuchBucket', 404],
    ['InvalidAccessKeyId', 403],
    ['SignatureDoesNotMatch', 403],
    ['RequestTimeTooSkewed', 403],
  ])('%s says nothing about the feature → fatal', (name, status) => {
    expect(classifyProbeError(s3Error(name, status))).toEqual({ fatal: true });
  });

  it('transport failures and cancellation are fatal', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const tls = Object.assign(new Error('self signed'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(classifyProbeError(refused)).toEqual({ fatal: true });
    expect(classifyProbeError(aborted)).toEqual({ fatal: true });
    expect(classifyProbeError(tls)).toEqual({ fatal: true });
  });

  it('anything else → unknown with its message', () => {
    expect(classifyProbeError(new Error('parser choked'))).toEqual({
      fatal: false,
      capability: { status: 'unknown', reason: 'parser choked' },
    });
  });
});
