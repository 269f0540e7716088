import { z } from 'zod';
import { configStateSchema } from '../../domain/config/state.js';
import { bucketRef } from './buckets.js';

const done = z.object({}).strict();
const inBucket = z.object(bucketRef).strict();

/**
 * The channels of a configuration a bucket either has or has not: `config.<kind>.get` answers
 * `{ state: 'none' }` or `{ state: 'set', config }`, `.put` takes the whole configuration in a
 * field named after the kind and replaces what is there, `.delete` removes it.
 */
export type ConfigTriad<
  Kind extends string,
  Put extends z.ZodType,
  Stored extends z.ZodType,
> = Record<
  `config.${Kind}.get`,
  { input: typeof inBucket; output: ReturnType<typeof configStateSchema<Stored>> }
> &
  Record<
    `config.${Kind}.put`,
    {
      input: z.ZodObject<typeof bucketRef & Record<Kind, Put>, z.core.$strict>;
      output: typeof done;
    }
  > &
  Record<`config.${Kind}.delete`, { input: typeof inBucket; output: typeof done }>;

/**
 * One configuration's get/put/delete. `stored` is what get answers when the server may hold
 * more than put lets a user write (bucket tags: AWS's own `aws:` tags must still be shown).
 */
export function configTriad<
  Kind extends string,
  Put extends z.ZodType,
  Stored extends z.ZodType = Put,
>(kind: Kind, put: Put, options?: { stored: Stored }): ConfigTriad<Kind, Put, Stored> {
  const stored = options?.stored ?? put;
  const triad = {
    [`config.${kind}.get`]: { input: inBucket, output: configStateSchema(stored) },
    [`config.${kind}.put`]: {
      input: z.object({ ...bucketRef, [kind]: put }).strict(),
      output: done,
    },
    [`config.${kind}.delete`]: { input: inBucket, output: done },
  };
  return triad as unknown as ConfigTriad<Kind, Put, Stored>;
}
