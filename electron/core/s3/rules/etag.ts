/** RGW answers copy ETags without the quotes every other answer has; make them comparable. */
export function quoteEtag(etag: string | undefined): string | undefined {
  if (etag === undefined || etag === '') return undefined;
  return etag.startsWith('"') || etag.startsWith('W/') ? etag : `"${etag}"`;
}
