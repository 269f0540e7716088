import { z } from 'zod';
import {
  preflightAnswerSchema,
  preflightRequestSchema,
} from '../../domain/config/cors-preflight.js';
import { bucketRef } from './buckets.js';

/** Trying a bucket's CORS rules for real, beside the configuration channels (config.ts). */
export const corsChannels = {
  /** Sends a real OPTIONS request from the host and answers what came back. */
  'cors.testPreflight': {
    input: z.object({ ...bucketRef, ...preflightRequestSchema.shape }).strict(),
    output: preflightAnswerSchema,
  },
} as const;

export const corsEvents = {} as const;
