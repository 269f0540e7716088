import { z } from 'zod';

export const keyErrorSchema = z.object({ key: z.string(), code: z.string(), message: z.string() });
export type KeyError = z.infer<typeof keyErrorSchema>;

export const deleteManyResultSchema = z.object({
  deleted: z.number(),
  errors: z.array(keyErrorSchema),
});
export type DeleteManyResult = z.infer<typeof deleteManyResultSchema>;
