import { describe, expect, it, vi } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import { toAppError } from '../s3/errors.js';
import { configHandlersFor } from '../services/config/test-support.js';

const ctx = { signal: new AbortController().signal };

// A client that fails the test if anything reaches the network.
const send = vi.fn(() => Promise.reject(new Error('nothing should be sent')));
const dispatch = createDispatcher(
  configHandlersFor({ send } as unknown as S3Client, {
    provider: 'ceph',
    endpoint: 'http://127.0.0.1:1',
    region: 'us-east-1',
    addressing: 'path',
    accessKeyId: 'k',
    secretAccessKey: 's',
  }),
  toAppError,
);
const target = { profileId: 'test-profile', bucket: 'my-bucket' };

describe('config channels refuse bad input before any request', () => {
  it('refuses a policy over 20 KB, naming the limit', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'x'.repeat(21_000), Effect: 'Allow' }],
    });
    const result = await dispatch('config.policy.put', { ...target, policy }, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'InvalidInput',
        message: expect.stringContaining('policy: must be at most 20 KB (20,480 bytes)') as unknown,
        details: { fields: ['policy'] },
      },
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses a policy that is not a policy document', async () => {
    const result = await dispatch('config.policy.put', { ...target, policy: '{"a":1}' }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });

  it('refuses an object-only canned ACL on a bucket, but not on an object', async () => {
    const acl = { kind: 'canned', acl: 'bucket-owner-read' };
    const onBucket = await dispatch('config.acl.put', { ...target, acl }, ctx);
    expect(onBucket).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', details: { fields: ['acl.acl'] } },
    });
    expect(send).not.toHaveBeenCalled();
    const onObject = await dispatch('config.acl.put', { ...target, key: 'k', acl }, ctx);
    // Valid input reaches the (failing) client: the error is the client's, not InvalidInput.
    expect(onObject).toMatchObject({ ok: false, error: { code: 'Internal' } });
  });

  it('refuses a website that mixes redirect-all with an index document', async () => {
    const website = {
      indexDocument: 'index.html',
      redirectAllRequestsTo: { hostName: 'x.example' },
    };
    const result = await dispatch('config.website.put', { ...target, website }, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', details: { fields: ['website.indexDocument'] } },
    });
  });
});
