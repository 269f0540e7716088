import type { ChannelName, ChannelOutput } from '../../shared/contract/channels.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { rgwConnectionDraft, s3Target } from '../../e2e/fixtures/s3.js';
import type { S3Client } from '@aws-sdk/client-s3';
import type { AppErrorShape } from '../../shared/contract/envelope.js';
import { createS3Client } from './s3/client-factory.js';
import type { ClientSettings } from './s3/client-factory.js';
import { toAppError } from './s3/errors.js';

/** Holdall's client settings for the run's test server (Ceph RGW, path style). */
export function testSettings(): ClientSettings {
  return { provider: 'ceph', addressing: 'path', ...s3Target() };
}

/** A profiles.save input for the run's test server. */
export function testProfileDraft(name = 'rgw') {
  return rgwConnectionDraft(name, s3Target());
}

/** Calls a channel through a dispatcher, throwing the error envelope: for arranging tests. */
export function contractCaller(dispatch: Dispatch) {
  return async <C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const result = await dispatch(channel, input, { signal: new AbortController().signal });
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as ChannelOutput<C>;
  };
}

/** The error envelope a piece of work fails with; a test fails if the work succeeds. */
export function failureOf(work: Promise<unknown>): Promise<AppErrorShape> {
  return work.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (err: unknown) => toAppError(err),
  );
}

/** Holdall clients (the app's own factory) for one test file, destroyed together at its end. */
export function trackedClients() {
  const clients: S3Client[] = [];
  return {
    client(overrides: Partial<ClientSettings> = {}, maxAttempts?: number): S3Client {
      const options = maxAttempts === undefined ? {} : { maxAttempts };
      const client = createS3Client({ ...testSettings(), ...overrides }, options);
      clients.push(client);
      return client;
    },
    destroyAll(): void {
      for (const client of clients.splice(0)) client.destroy();
    },
  };
}
