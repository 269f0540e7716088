import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { ClientPool } from '../s3/client-pool.js';
import { dialects } from '../s3/dialects.js';
import { acceptedRange, openMediaStream } from './media-stream.js';

describe('acceptedRange', () => {
  it('passes one range on as media elements send it', () => {
    expect(acceptedRange('bytes=0-')).toBe('bytes=0-');
    expect(acceptedRange('bytes=100-199')).toBe('bytes=100-199');
    expect(acceptedRange('bytes=-500')).toBe('bytes=-500');
  });

  it('serves the whole object for several ranges, other units or nonsense', () => {
    expect(acceptedRange(undefined)).toBeUndefined();
    expect(acceptedRange('bytes=0-1,5-9')).toBeUndefined();
    expect(acceptedRange('items=0-1')).toBeUndefined();
    expect(acceptedRange('bytes=9-1')).toBeUndefined();
    expect(acceptedRange('bytes=-')).toBeUndefined();
  });
});

describe('openMediaStream', () => {
  it('refuses a version id where the provider has no versions, naming why, sending nothing', async () => {
    const sent: unknown[] = [];
    const client = {
      send: (command: unknown) => {
        sent.push(command);
        return Promise.reject(new Error('a request reached the server'));
      },
    } as unknown as S3Client;
    const jdCloud = {
      session: () => Promise.resolve({ client, dialect: dialects.jdcloud, profile: {} }),
    } as unknown as ClientPool;
    const query = new URLSearchParams({
      profile: 'jd-profile',
      bucket: 'photos',
      key: 'cat.jpg',
      version: 'v1',
    });
    const answer = await openMediaStream(jdCloud, { query, embedder: "'self'" });
    expect(answer.status).toBe(400);
    expect(typeof answer.body).toBe('string');
    expect(JSON.parse(answer.body as string)).toMatchObject({
      ok: false,
      error: {
        code: 'UnsupportedByProvider',
        message: 'JD Cloud OSS does not support object versions.',
      },
    });
    expect(sent).toEqual([]);
  });
});
