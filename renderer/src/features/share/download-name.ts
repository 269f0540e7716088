/**
 * The response-content-disposition that makes a browser save the download under `name`.
 * Header values must be ASCII: non-ASCII names go in RFC 6266's filename* (UTF-8,
 * percent-encoded) with an ASCII fallback for old clients.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (fallback === name) return `attachment; filename="${name}"`;
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A name a file system takes: no path separators, no control characters. */
export function downloadNameProblem(name: string): 'separator' | 'control' | undefined {
  if (/[/\\]/.test(name)) return 'separator';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\x00-\x1f\x7f]/.test(name)) return 'control';
  return undefined;
}
