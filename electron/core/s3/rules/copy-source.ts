/**
 * The x-amz-copy-source value: bucket and key URL-encoded, keeping "/" between
 * key segments readable. Keys with spaces, "+", "?" or non-ASCII break without it.
 */
export function copySource(bucket: string, key: string, versionId?: string): string {
  const path = `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  return versionId === undefined ? path : `${path}?versionId=${encodeURIComponent(versionId)}`;
}
