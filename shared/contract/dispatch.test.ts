import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from './dispatch.js';
import { AppError } from './envelope.js';
import type { Handlers } from './handlers.js';

const ctx = { signal: new AbortController().signal };

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const unexpected = vi.fn(() => Promise.reject(new Error('handler should not run')));
  const base = {
    'host.info': unexpected,
    'host.acknowledgeStorageWarning': unexpected,
    'profiles.list': unexpected,
    'profiles.save': unexpected,
    'profiles.delete': unexpected,
    'profiles.test': unexpected,
    'buckets.list': unexpected,
    'objects.list': unexpected,
  } as unknown as Handlers;
  return { ...base, ...overrides };
}

const toError = (err: unknown) => ({ code: 'Internal' as const, message: String(err) });

describe('createDispatcher', () => {
  it('refuses invalid input with InvalidInput naming the field, without running the handler', async () => {
    const save = vi.fn();
    const dispatch = createDispatcher(handlersWith({ 'profiles.save': save }), toError);
    const result = await dispatch(
      'profiles.save',
      {
        name: 'x',
        provider: 'ceph',
        endpoint: 'ftp://nope',
        region: 'us-east-1',
        addressing: 'path',
        accessKeyId: 'k',
      },
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('InvalidInput');
    expect(result.error.message).toContain('endpoint');
    expect(result.error.details).toEqual({ fields: ['endpoint'] });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses unknown fields rather than passing them on', async () => {
    const list = vi.fn();
    const dispatch = createDispatcher(handlersWith({ 'buckets.list': list }), toError);
    const result = await dispatch('buckets.list', { profileId: 'abcdef', extra: 1 }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(list).not.toHaveBeenCalled();
  });

  it('refuses what JSON cannot carry (IPC can), which an object schema took as {}', async () => {
    const list = vi.fn();
    const dispatch = createDispatcher(handlersWith({ 'profiles.list': list }), toError);
    for (const input of [new Map(), new Date(0), new Uint8Array(2)]) {
      expect(await dispatch('profiles.list', input, ctx)).toMatchObject({
        ok: false,
        error: { code: 'InvalidInput', details: { fields: [''] } },
      });
    }
    expect(await dispatch('buckets.list', { profileId: 10n }, ctx)).toMatchObject({
      error: { message: expect.stringContaining('profileId: must be plain data') as unknown },
    });
    expect(list).not.toHaveBeenCalled();
  });

  it('refuses channels that are not in the contract', async () => {
    const dispatch = createDispatcher(handlersWith({}), toError);
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UnknownChannel' },
    });
    expect(await dispatch('fs.readFile', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UnknownChannel' },
    });
  });

  it('passes valid input to the handler and wraps its value', async () => {
    const dispatch = createDispatcher(
      handlersWith({
        'buckets.list': (input) => Promise.resolve([{ name: input.profileId, createdAt: null }]),
      }),
      toError,
    );
    expect(await dispatch('buckets.list', { profileId: 'abcdef' }, ctx)).toEqual({
      ok: true,
      value: [{ name: 'abcdef', createdAt: null }],
    });
  });

  it('turns thrown errors into error values', async () => {
    const dispatch = createDispatcher(
      handlersWith({
        'profiles.delete': () => Promise.reject(new AppError('ProfileNotFound', 'gone')),
        'profiles.list': () => Promise.reject(new Error('disk on fire')),
      }),
      toError,
    );
    expect(await dispatch('profiles.delete', { id: 'abcdef' }, ctx)).toEqual({
      ok: false,
      error: { code: 'ProfileNotFound', message: 'gone' },
    });
    expect(await dispatch('profiles.list', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'Internal', message: 'Error: disk on fire' },
    });
  });
});
