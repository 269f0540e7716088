import { z } from 'zod';

/**
 * What a bucket holds for one kind of configuration. "Nothing configured" is an
 * ordinary state, not an error: servers answer it with 404s of different names
 * (or, like RGW for replication, a 200 with no rules), and callers see only this.
 */
export type ConfigState<T> = { state: 'none' } | { state: 'set'; config: T };

export function configStateSchema<T extends z.ZodType>(config: T) {
  return z.discriminatedUnion('state', [
    z.object({ state: z.literal('none') }),
    z.object({ state: z.literal('set'), config }),
  ]);
}

export const noConfig = { state: 'none' } as const;

export function setConfig<T>(config: T): { state: 'set'; config: T } {
  return { state: 'set', config };
}
