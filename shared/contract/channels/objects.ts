import { z } from 'zod';
import { objectPageSchema } from '../../domain/listing.js';
import { bucketRef } from './buckets.js';

export const objectChannels = {
  'objects.list': {
    input: z
      .object({
        ...bucketRef,
        prefix: z.string().max(1024),
        continuationToken: z.string().max(4096).optional(),
        maxKeys: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: objectPageSchema,
  },
} as const;

export const objectEvents = {} as const;
