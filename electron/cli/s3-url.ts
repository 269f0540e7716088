/** A bucket and a key (or key prefix) named as s3://bucket/key. */
export interface S3Location {
  bucket: string;
  key: string;
}

const SCHEME = 's3://';

export function isS3Url(arg: string): boolean {
  return arg.startsWith(SCHEME);
}

/**
 * Splits s3://bucket/some/key. The key is kept byte for byte (spaces, "..", a trailing "/"):
 * S3 keys are not paths. Returns undefined for anything that is not such a URL.
 */
export function parseS3Url(arg: string): S3Location | undefined {
  if (!isS3Url(arg)) return undefined;
  const rest = arg.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  if (bucket === '') return undefined;
  return { bucket, key: slash < 0 ? '' : rest.slice(slash + 1) };
}
