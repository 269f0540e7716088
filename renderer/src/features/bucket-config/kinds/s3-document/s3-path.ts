/**
 * Model field names → the AWS CLI's JSON names, for placing a model field's message on its
 * line in the raw text. A name may map to a deeper path (`prefix` → `Filter.Prefix`).
 */
export type S3Names = Readonly<Record<string, string>>;

export function s3PathOf(modelPath: string, names: S3Names): string {
  if (modelPath === '') return '';
  const out: string[] = [];
  for (const part of modelPath.split('.')) {
    if (/^\d+$/.test(part)) {
      out.push(part);
      continue;
    }
    const name = names[part];
    // A field S3 has no name for: its parent's line is the nearest.
    if (name === undefined) break;
    out.push(name);
  }
  return out.join('.');
}
