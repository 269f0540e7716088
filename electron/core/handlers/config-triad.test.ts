import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { PublicAccessBlock } from '../../../shared/domain/config/public-access.js';
import type { ClientPool, S3Session } from '../s3/client-pool.js';
import { configTriadHandlers, onClient } from './config-triad.js';

const client = { name: 'client of abcdef' } as unknown as S3Client;
const session = { client } as unknown as S3Session;
const clients = {
  get: (profileId: string) =>
    profileId === 'abcdef' ? Promise.resolve(client) : Promise.reject(new Error('no profile')),
  session: (profileId: string) =>
    profileId === 'abcdef' ? Promise.resolve(session) : Promise.reject(new Error('no profile')),
} as unknown as ClientPool;
const ctx = { signal: new AbortController().signal };
const target = { profileId: 'abcdef', bucket: 'my-bucket' };
const block: PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: false,
  blockPublicPolicy: true,
  restrictPublicBuckets: false,
};

/** A service that records what each call was given. */
function recordingService() {
  const calls: unknown[][] = [];
  return {
    calls,
    service: {
      get: (...args: unknown[]) => {
        calls.push(['get', ...args]);
        return Promise.resolve({ state: 'set' as const, config: block });
      },
      put: (...args: unknown[]) => {
        calls.push(['put', ...args]);
        return Promise.resolve();
      },
      delete: (...args: unknown[]) => {
        calls.push(['delete', ...args]);
        return Promise.resolve();
      },
    },
  };
}

describe('configTriadHandlers', () => {
  it('gets, puts the field named after the kind, and deletes, on the profile’s connection', async () => {
    const { calls, service } = recordingService();
    const handlers = configTriadHandlers(clients, 'publicAccessBlock', service);
    expect(await handlers['config.publicAccessBlock.get'](target, ctx)).toEqual({
      state: 'set',
      config: block,
    });
    expect(
      await handlers['config.publicAccessBlock.put']({ ...target, publicAccessBlock: block }, ctx),
    ).toEqual({});
    expect(await handlers['config.publicAccessBlock.delete'](target, ctx)).toEqual({});
    expect(calls).toEqual([
      ['get', client, 'my-bucket', ctx.signal],
      ['put', session, 'my-bucket', block, ctx.signal],
      ['delete', client, 'my-bucket', ctx.signal],
    ]);
  });

  it('lets a failure through to the dispatcher, which makes it an error value', async () => {
    const { service } = recordingService();
    const handlers = configTriadHandlers(clients, 'publicAccessBlock', {
      ...service,
      put: () => Promise.reject(new Error('refused')),
    });
    await expect(
      handlers['config.publicAccessBlock.put']({ ...target, publicAccessBlock: block }, ctx),
    ).rejects.toThrow('refused');
    await expect(
      handlers['config.publicAccessBlock.get']({ ...target, profileId: 'other1' }, ctx),
    ).rejects.toThrow('no profile');
  });

  it('hands a client-only put the session’s client', async () => {
    const seen: unknown[] = [];
    const put = onClient((c: S3Client, bucket: string, config: PublicAccessBlock) => {
      seen.push(c, bucket, config);
      return Promise.resolve();
    });
    await put(session, 'my-bucket', block, ctx.signal);
    expect(seen).toEqual([client, 'my-bucket', block]);
  });
});
