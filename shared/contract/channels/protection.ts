import { z } from 'zod';
import { publicAccessBlockSchema } from '../../domain/config/public-access.js';
import { requestPaymentSchema } from '../../domain/config/request-payment.js';
import { bucketRef } from './buckets.js';
import { configTriad } from './config-triad.js';

const done = z.object({}).strict();
const inBucket = z.object(bucketRef).strict();

/** Who may reach a bucket publicly, and who pays for reaching it (AWS, RGW). */
export const protectionChannels = {
  ...configTriad('publicAccessBlock', publicAccessBlockSchema),

  // Every bucket has a payer (the owner unless changed), so there is no none state or delete.
  'config.requestPayment.get': { input: inBucket, output: requestPaymentSchema },
  'config.requestPayment.put': {
    input: z.object({ ...bucketRef, ...requestPaymentSchema.shape }).strict(),
    output: done,
  },
} as const;

export const protectionEvents = {} as const;
