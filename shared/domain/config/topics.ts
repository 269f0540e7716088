import { z } from 'zod';

/** SNS topic names: letters, digits, hyphens and underscores, up to 256. */
export const topicNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,256}$/, 'may hold 1 to 256 letters, digits, hyphens and underscores');

/** A topic as listed; RGW's topic ARN looks like arn:aws:sns:us-east-1::NAME. */
export const topicSchema = z.object({
  arn: z.string(),
  name: z.string(),
  /** Where the server pushes events, when it says (RGW does). */
  pushEndpoint: z.string().nullable(),
  persistent: z.boolean().nullable(),
});
export type Topic = z.infer<typeof topicSchema>;

/** A topic to create at an RGW-style endpoint that pushes events over HTTP. */
export const topicDraftSchema = z
  .object({
    name: topicNameSchema,
    pushEndpoint: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .max(2048),
    /** Persistent topics queue events on the server and retry delivery. */
    persistent: z.boolean().default(false),
  })
  .strict();
export type TopicDraft = z.infer<typeof topicDraftSchema>;
