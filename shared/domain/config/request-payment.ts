import { z } from 'zod';

/** Who pays for requests and transfer (GetBucketRequestPayment's Payer). */
export const payerSchema = z.enum(['BucketOwner', 'Requester']);
export type Payer = z.infer<typeof payerSchema>;

export const requestPaymentSchema = z.object({ payer: payerSchema }).strict();
export type RequestPayment = z.infer<typeof requestPaymentSchema>;
