import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels } from '../channels.js';
import { configTriad } from './config-triad.js';
import { issuesOf } from './test-support.js';

const target = { profileId: 'abcdef', bucket: 'my-bucket' };

/** Every kind the map has a get, a put and a delete for. */
const triadKinds = Object.keys(channels).flatMap((name) => {
  const kind = /^config\.([A-Za-z]+)\.delete$/.exec(name)?.[1];
  return kind !== undefined && `config.${kind}.get` in channels && `config.${kind}.put` in channels
    ? [kind]
    : [];
});

describe('configTriad', () => {
  const triad = configTriad('sample', z.object({ size: z.number().max(3) }).strict());

  it('makes config.<kind>.get, .put and .delete, in that order', () => {
    expect(Object.keys(triad)).toEqual([
      'config.sample.get',
      'config.sample.put',
      'config.sample.delete',
    ]);
  });

  it('puts the configuration in a field named after the kind, refusing one it would not store', () => {
    const put = triad['config.sample.put'].input;
    expect(issuesOf(put, { ...target, sample: { size: 2 } })).toBe('');
    expect(issuesOf(put, { ...target, sample: { size: 4 } })).toMatch(/^sample\.size: /);
    expect(issuesOf(put, target)).toMatch(/^sample: /);
    expect(issuesOf(put, { ...target, sample: { size: 2 }, extra: 1 })).toMatch(/extra/);
  });

  it('answers none or the stored configuration, which may hold what put refuses', () => {
    const stored = z.object({ size: z.number() }).strict();
    const wide = configTriad('sample', z.object({ size: z.number().max(3) }), { stored });
    const get = wide['config.sample.get'].output;
    expect(get.parse({ state: 'none' })).toEqual({ state: 'none' });
    expect(get.parse({ state: 'set', config: { size: 9 } })).toEqual({
      state: 'set',
      config: { size: 9 },
    });
  });

  it('takes only the bucket for get and delete', () => {
    for (const channel of ['config.sample.get', 'config.sample.delete'] as const) {
      expect(issuesOf(triad[channel].input, target)).toBe('');
      expect(issuesOf(triad[channel].input, { ...target, sample: {} })).toMatch(/sample/);
    }
  });
});

describe('every configuration with a get, put and delete has the triad’s shape', () => {
  it('finds the kinds in the map', () => {
    expect(triadKinds).toEqual(
      expect.arrayContaining(['policy', 'cors', 'lifecycle', 'publicAccessBlock', 'tagging']),
    );
  });

  it.each(triadKinds)('%s', (kind) => {
    const map = channels as unknown as Record<string, { input: z.ZodType; output: z.ZodType }>;
    const put = map[`config.${kind}.put`]?.input;
    expect(put).toBeInstanceOf(z.ZodObject);
    expect(Object.keys((put as z.ZodObject).shape)).toEqual(['profileId', 'bucket', kind]);
    for (const action of ['get', 'delete']) {
      expect(issuesOf(map[`config.${kind}.${action}`]?.input ?? z.never(), target)).toBe('');
    }
    expect(map[`config.${kind}.delete`]?.output.parse({})).toEqual({});
    expect(map[`config.${kind}.get`]?.output.parse({ state: 'none' })).toEqual({ state: 'none' });
  });
});
