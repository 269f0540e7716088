import type { ChannelName, ChannelOutput } from '../../shared/contract/channels.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { rgwConnectionDraft, s3Target } from '../../e2e/fixtures/s3.js';
import type { ClientSettings } from './s3/client-factory.js';

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
