// Test support: the configuration channels through the contract's one gate (input and
// output schemas) against the run's RGW, for the round-trip integration tests.
import { expect } from 'vitest';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../../shared/contract/channels.js';
import { channels } from '../../../../shared/contract/channels.js';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import { toAppError } from '../../s3/errors.js';
import { configHandlersFor } from './test-support.js';
import type { configTestRig } from './test-support.js';

export const PROFILE_ID = 'test-profile';

export type ConfigContract = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

/**
 * Calls a channel as a renderer would: the input passes the channel's schema, and what the
 * host answers must pass the channel's output schema too (a get the UI could not read fails).
 */
export function configContract(rig: ReturnType<typeof configTestRig>): ConfigContract {
  const dispatch = createDispatcher(configHandlersFor(rig.client, rig.settings), toAppError);
  return async (channel, input) => {
    const envelope = await dispatch(channel, input, { signal: new AbortController().signal });
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
    const output = channels[channel].output.safeParse(envelope.value);
    expect(output.error, `${channel} answered what its output schema refuses`).toBeUndefined();
    return envelope.value as ChannelOutput<typeof channel>;
  };
}
