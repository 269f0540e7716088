/** Where the user is: a connection, optionally one of its buckets, and a folder in it. */
export interface Place {
  profileId: string;
  bucket: string | null;
  prefix: string;
}

/**
 * Where the user is, as the part of the address after `#`:
 * `/c/<connection>`, `/c/<connection>/b/<bucket>` or `/c/<connection>/b/<bucket>/p/<prefix>`.
 * Every part is percent-encoded whole (a "/" inside a key included), so any key survives the
 * trip: `#`, `%`, `?`, spaces and any Unicode.
 */
export function encodeLocation(location: Place | null): string {
  if (location === null) return '';
  const parts = ['c', location.profileId];
  if (location.bucket !== null) {
    parts.push('b', location.bucket);
    if (location.prefix !== '') parts.push('p', location.prefix);
  }
  const encoded: string[] = [];
  for (const part of parts) {
    const piece = encodePart(part);
    // A string no address can hold (half a surrogate pair): link to the deepest part that can.
    if (piece === null) return encoded.length >= 2 ? `/${encoded.slice(0, -1).join('/')}` : '';
    encoded.push(piece);
  }
  return `/${encoded.join('/')}`;
}

/** The location an address part names, or null when it names none (any other text). */
export function decodeLocation(hash: string): Place | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = text.split('/');
  if (parts[0] !== '' || parts[1] !== 'c') return null;
  const decoded = parts.slice(2).map(decodePart);
  if (decoded.some((part) => part === null)) return null;
  const [profileId, bucketTag, bucket, prefixTag, prefix, ...rest] = decoded as string[];
  if (profileId === undefined || profileId === '' || rest.length > 0) return null;
  if (bucketTag === undefined) return { profileId, bucket: null, prefix: '' };
  if (bucketTag !== 'b' || bucket === undefined || bucket === '') return null;
  if (prefixTag === undefined) return { profileId, bucket, prefix: '' };
  if (prefixTag !== 'p' || prefix === undefined || prefix === '') return null;
  return { profileId, bucket, prefix };
}

function encodePart(text: string): string | null {
  try {
    return encodeURIComponent(text);
  } catch {
    return null;
  }
}

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
