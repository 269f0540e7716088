import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { ChannelName } from '../../../shared/contract/channels.js';
import { createHandlers } from '../handlers.js';
import type { CoreDeps } from '../handlers.js';
import type { ClientPool } from '../s3/client-pool.js';
import { dialects } from '../s3/dialects.js';
import { toAppError } from '../s3/errors.js';

/** A JD Cloud connection whose client records every request instead of sending it. */
function jdCloudCore() {
  const sent: string[] = [];
  const client = {
    send: (command: { constructor: { name: string } }) => {
      sent.push(command.constructor.name);
      return Promise.reject(new Error('a request reached the server'));
    },
  } as unknown as S3Client;
  const session = { client, dialect: dialects.jdcloud, profile: {} };
  const clients = {
    session: () => Promise.resolve(session),
    get: () => Promise.resolve(client),
    transferClient: () => Promise.resolve(client),
  } as unknown as ClientPool;
  const deps = { clients, emit: () => undefined, hostInfo: {} } as unknown as CoreDeps;
  return { dispatch: createDispatcher(createHandlers(deps), toAppError), sent };
}

const address = { profileId: 'jd-profile', bucket: 'photos', key: 'cat.jpg', versionId: 'v1' };
const grant = 'g'.repeat(32);

/** Every channel that takes a version id, with an input it would otherwise accept. */
const namingAVersion: [ChannelName, Record<string, unknown>][] = [
  ['objects.head', address],
  ['objects.read', { ...address, start: 0, end: 99 }],
  ['objects.tags.get', address],
  ['objects.delete', address],
  ['presign.get', { ...address, expiresInSeconds: 60 }],
  [
    'tasks.start',
    {
      kind: 'download',
      profileId: 'jd-profile',
      bucket: 'photos',
      keys: ['cat.jpg'],
      versionId: 'v1',
      destination: grant,
    },
  ],
  ['objects.retention.get', address],
  ['objects.retention.put', { ...address, retention: null }],
  ['objects.legalHold.get', address],
  ['objects.legalHold.put', { ...address, on: true }],
  ['objects.versions.restore', address],
];

describe('a version id where the provider has no versions', () => {
  it.each(namingAVersion)(
    '%s is refused naming the provider, sending nothing',
    async (channel, input) => {
      const { dispatch, sent } = jdCloudCore();
      const result = await dispatch(channel, input, { signal: new AbortController().signal });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'UnsupportedByProvider',
          message: 'JD Cloud OSS does not support object versions.',
          details: { provider: 'jdcloud', field: 'object versions' },
        },
      });
      expect(sent).toEqual([]);
    },
  );

  it('the same calls without a version id go on to the server', async () => {
    const { dispatch, sent } = jdCloudCore();
    const { versionId: _none, ...latest } = address;
    const result = await dispatch('objects.head', latest, { signal: new AbortController().signal });
    expect(result.ok).toBe(false);
    expect(sent).toEqual(['HeadObjectCommand']);
  });
});
