/** How much of a text object one read brings: enough to read, small enough to stay quick. */
export const TEXT_CHUNK_BYTES = 256 * 1024;

/** The next byte range to read after `loaded` bytes, or null when the object is all read. */
export function nextRange(
  loaded: number,
  totalSize: number,
  chunkBytes = TEXT_CHUNK_BYTES,
): { start: number; end: number } | null {
  if (loaded >= totalSize) return null;
  return { start: loaded, end: Math.min(loaded + chunkBytes, totalSize) - 1 };
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Decodes UTF-8 arriving in ranges. A character cut at a range's edge is held back until the
 * next range completes it, so no chunk boundary turns into U+FFFD; the last range flushes.
 */
export function createChunkDecoder(): (bytes: Uint8Array, last: boolean) => string {
  const decoder = new TextDecoder('utf-8');
  return (bytes, last) => decoder.decode(bytes, { stream: !last });
}

/** JSON re-indented when the whole text parses; otherwise null and the text shows as it is. */
export function prettyJson(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return null;
  }
}
