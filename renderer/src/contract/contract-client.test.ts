import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/envelope.js';
import type { Bridge } from './bridge.js';
import { createContractClient } from './contract-client.js';
import { ContractError } from './contract-error.js';

function bridgeReturning(
  result: () => Promise<Envelope<unknown>>,
): Bridge & { emit(event: string, payload: unknown): void } {
  const listeners = new Map<string, (payload: unknown) => void>();
  return {
    host: 'web',
    invoke: () => result(),
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    emit: (event, payload) => listeners.get(event)?.(payload),
  };
}

describe('contract client', () => {
  it('unwraps ok envelopes', async () => {
    const client = createContractClient(
      bridgeReturning(() => Promise.resolve({ ok: true, value: [] })),
    );
    expect(await client.invoke('profiles.list', {})).toEqual([]);
  });

  it('throws a ContractError carrying code, message and details', async () => {
    const error = {
      code: 'AccessDenied',
      message: 'Access Denied',
      details: { bucket: 'b' },
    } as const;
    const client = createContractClient(
      bridgeReturning(() => Promise.resolve({ ok: false, error })),
    );
    const thrown = await client
      .invoke('buckets.list', { profileId: 'abcdef' })
      .catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(ContractError);
    expect(thrown).toMatchObject(error);
  });

  it('turns a rejected bridge call into a lost-contact ContractError', async () => {
    const client = createContractClient(
      bridgeReturning(() => Promise.reject(new Error('ipc gone'))),
    );
    const thrown = await client.invoke('host.info', {}).catch((err: unknown) => err);
    expect(thrown).toMatchObject({ code: 'Internal', message: 'Lost contact with Holdall host' });
  });

  it('passes valid event payloads and drops malformed ones', () => {
    const bridge = bridgeReturning(() => Promise.resolve({ ok: true, value: null }));
    const client = createContractClient(bridge);
    const seen: unknown[] = [];
    client.on('profiles.changed', (payload) => seen.push(payload));
    const original = console.warn;
    console.warn = () => {};
    try {
      bridge.emit('profiles.changed', { profiles: 'nope' });
    } finally {
      console.warn = original;
    }
    bridge.emit('profiles.changed', { profiles: [] });
    expect(seen).toEqual([{ profiles: [] }]);
  });
});
