import type { ContractClient } from '../../contract/contract-client.js';

export interface Call {
  channel: string;
  input: Record<string, unknown>;
}

/** A host that answers each call with `answer`, recording what it was asked. */
export function fakeClient(answer: (call: Call) => unknown): {
  client: ContractClient;
  calls: Call[];
} {
  const calls: Call[] = [];
  const client = {
    host: 'web',
    invoke: (channel: string, input: Record<string, unknown>) => {
      const call = { channel, input };
      calls.push(call);
      return Promise.resolve(answer(call));
    },
    on: () => () => undefined,
    onReconnect: () => () => undefined,
    mediaUrl: () => null,
  } as unknown as ContractClient;
  return { client, calls };
}
