// Pure string work: the renderer builds these for "Copy S3 URI" and "Copy object URL".

/** What an object's address depends on: the connection's endpoint settings and the object. */
export interface ObjectAddressInput {
  /** The connection's endpoint; empty for the provider's public endpoint (AWS). */
  endpoint: string;
  region: string;
  addressing: 'path' | 'virtual';
  bucket: string;
  key: string;
}

/** `s3://bucket/key`, as the AWS CLI writes it: the key as it is, never encoded. */
export function s3Uri(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/**
 * Every byte but the unreserved ones percent-encoded, as SigV4 canonicalises a path. `+`, `#`,
 * `?` and `%` in a key are data, so they are encoded too.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const DOT_SEGMENT = /^(\.|\.\.)$/;

/**
 * The key as a URL path. Slashes stay readable, except in a key with a `.` or `..` segment:
 * a URL parser would resolve those away (`a/../b` → `b`), so there every slash is encoded
 * and the key is one segment. Null for the keys `.` and `..` themselves, which no URL path
 * can carry intact.
 */
export function encodeKeyPath(key: string): string | null {
  if (DOT_SEGMENT.test(key)) return null;
  const segments = key.split('/');
  if (segments.some((segment) => DOT_SEGMENT.test(segment))) return encodeSegment(key);
  return segments.map(encodeSegment).join('/');
}

/** A name that can be the leftmost DNS label(s) of a host, as the AWS SDK decides it. */
function hostableBucket(bucket: string, allowDots: boolean): boolean {
  const label = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket)) return false;
  if (!allowDots) return label.test(bucket);
  return bucket.split('.').every((part) => label.test(part) || /^[a-z0-9]$/.test(part));
}

function isIpHost(hostname: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(hostname) || hostname.startsWith('[');
}

/**
 * The object's URL at the connection's endpoint, path- or virtual-host style as the connection
 * addresses it. Like the AWS SDK, a bucket that cannot be a host name (dots under https, an
 * IP endpoint) falls back to path style, so the URL is the one requests actually go to.
 * Null when the key cannot be carried by a URL (see `encodeKeyPath`) or the endpoint is not a URL.
 */
export function objectUrl(input: ObjectAddressInput): string | null {
  const path = encodeKeyPath(input.key);
  if (path === null) return null;
  let base: URL;
  try {
    base = new URL(
      input.endpoint === '' ? `https://s3.${input.region}.amazonaws.com` : input.endpoint,
    );
  } catch {
    return null;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  const virtual =
    input.addressing === 'virtual' &&
    !isIpHost(base.hostname) &&
    hostableBucket(input.bucket, base.protocol === 'http:');
  if (virtual) {
    return `${base.protocol}//${input.bucket}.${base.host}${basePath}/${path}`;
  }
  return `${base.protocol}//${base.host}${basePath}/${encodeSegment(input.bucket)}/${path}`;
}
