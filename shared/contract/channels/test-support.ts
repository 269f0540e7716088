// Test support: what the dispatcher would answer for an input, without a dispatcher.
import type { z } from 'zod';
import { describeIssues } from '../dispatch.js';

/** '' when valid, else the dispatcher's message: "field: problem; …". */
export function issuesOf(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : describeIssues(result.error.issues);
}
