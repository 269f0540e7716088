import type { z } from 'zod';

export type FieldPath = readonly (string | number)[];

/**
 * One thing wrong with one field. `message` comes from the shared schema (English, worded by
 * the schema's author) or from a dialect check; the editor words it for the current language.
 */
export interface FieldIssue {
  readonly path: FieldPath;
  readonly message: string;
}

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Validates a draft with the contract's own schema, so the editor refuses what the host would. */
export function checkWithSchema<S extends z.ZodType>(
  schema: S,
  draft: unknown,
): Checked<z.output<S>> {
  const result = schema.safeParse(draft);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    })),
  };
}

export function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** The issues at a field, for its inline message. */
export function issuesAt(issues: readonly FieldIssue[], path: FieldPath): FieldIssue[] {
  return issues.filter((issue) => samePath(issue.path, path));
}

/** The issues at a field or anywhere inside it (a rule's card shows that it holds errors). */
export function issuesWithin(issues: readonly FieldIssue[], path: FieldPath): FieldIssue[] {
  return issues.filter((issue) => samePath(issue.path.slice(0, path.length), path));
}
