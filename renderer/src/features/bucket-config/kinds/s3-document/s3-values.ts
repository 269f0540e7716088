/** Helpers for turning the AWS CLI's JSON into model drafts and back. */

/** S3 carries status codes as text; the model holds numbers. Anything else stays for the schema to name. */
export function codeFromS3(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}

/** Drops undefined members, so drafts compare and print like the models the schemas answer. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An empty list becomes absent, as S3 writes it. */
export function someOf<T>(list: readonly T[]): T[] | undefined {
  return list.length === 0 ? undefined : [...list];
}
