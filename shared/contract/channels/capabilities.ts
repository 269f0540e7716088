import { z } from 'zod';
import { bucketCapabilitiesSchema } from '../../domain/capabilities.js';
import { bucketRef } from './buckets.js';

export const capabilitiesChannels = {
  'capabilities.probe': {
    input: z
      .object({
        ...bucketRef,
        /** Skip the cached answer and ask the server again. */
        refresh: z.boolean().optional(),
      })
      .strict(),
    output: bucketCapabilitiesSchema,
  },
} as const;

export const capabilitiesEvents = {} as const;
