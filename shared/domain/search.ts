import { z } from 'zod';
import { compileNamePattern } from './search-name.js';

/** How a name pattern reads: a plain piece of text, a glob (`*`, `?`, `[ab]`, `**`), or a regular expression. */
export const nameModes = ['substring', 'glob', 'regex'] as const;
export const nameModeSchema = z.enum(nameModes);
export type NameMode = z.infer<typeof nameModeSchema>;

/** Longer patterns buy nothing a user types, and bound the work of compiling and matching. */
export const MAX_NAME_PATTERN = 512;

const byteCount = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const instant = z.string().datetime({ offset: true });

export const namePatternSchema = z
  .object({
    mode: nameModeSchema,
    pattern: z.string().min(1).max(MAX_NAME_PATTERN),
    caseSensitive: z.boolean(),
  })
  .strict()
  .superRefine((name, ctx) => {
    const compiled = compileNamePattern(name);
    if (!compiled.ok) ctx.addIssue({ code: 'custom', path: ['pattern'], message: compiled.reason });
  });
export type NamePattern = z.infer<typeof namePatternSchema>;

/**
 * What a search keeps: every given criterion must hold (an absent one holds for all). Sizes are
 * inclusive byte counts, `modifiedAfter`/`modifiedBefore` inclusive instants (ISO 8601).
 */
export const searchCriteriaSchema = z
  .object({
    name: namePatternSchema.optional(),
    minSize: byteCount.optional(),
    maxSize: byteCount.optional(),
    modifiedAfter: instant.optional(),
    modifiedBefore: instant.optional(),
    storageClass: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'is not a storage class (like STANDARD)')
      .optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.minSize !== undefined && c.maxSize !== undefined && c.minSize > c.maxSize)
      ctx.addIssue({ code: 'custom', path: ['maxSize'], message: 'is smaller than minSize' });
    if (
      c.modifiedAfter !== undefined &&
      c.modifiedBefore !== undefined &&
      Date.parse(c.modifiedAfter) > Date.parse(c.modifiedBefore)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['modifiedBefore'],
        message: 'is before modifiedAfter',
      });
  });
export type SearchCriteria = z.infer<typeof searchCriteriaSchema>;

/** One key a search found, with what the object list shows of it. */
export const searchMatchSchema = z.object({
  key: z.string(),
  size: z.number(),
  /** ISO 8601, or null when the server did not say. */
  lastModified: z.string().nullable(),
  storageClass: z.string(),
  etag: z.string(),
});
export type SearchMatch = z.infer<typeof searchMatchSchema>;

/** Matches a task keeps; a search that reaches it stops there and says so. */
export const MAX_SEARCH_MATCHES = 100_000;
/** Matches per `tasks.results` page. */
export const MAX_RESULTS_PAGE = 1_000;
