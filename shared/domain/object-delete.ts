import { z } from 'zod';

/** Chosen by the caller so it can match progress events to its request. */
export const operationIdSchema = z
  .string()
  .min(1, 'is required')
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'may only hold letters, digits, "_" and "-"');

export const keyErrorSchema = z.object({ key: z.string(), code: z.string(), message: z.string() });
export type KeyError = z.infer<typeof keyErrorSchema>;

export const deleteManyResultSchema = z.object({
  deleted: z.number(),
  errors: z.array(keyErrorSchema),
  /** A folder delete stopped on request (objects.stopDeletePrefix) before its end. */
  stopped: z.boolean().optional(),
});
export type DeleteManyResult = z.infer<typeof deleteManyResultSchema>;

export const deletePrefixProgressSchema = z.object({
  operationId: z.string(),
  deleted: z.number(),
  done: z.boolean(),
});
