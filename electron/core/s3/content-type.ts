import mime from 'mime';

export const BINARY_CONTENT_TYPE = 'application/octet-stream';

/** The object's own name: what follows the last "/" of its key. */
function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

/**
 * The Content-Type an upload stores, chosen from the extension of the object's name (its key's
 * last segment, which is the file's name for every upload path). A name without an extension is
 * not looked up as one: a file called "json" is not JSON. Text types say UTF-8, as browsers
 * otherwise guess a legacy encoding for an HTML page or a .txt file without a charset.
 */
export function contentTypeFor(key: string): string {
  const name = lastSegment(key);
  const dot = name.lastIndexOf('.');
  // A leading dot is a hidden file's name (".bashrc"), not an extension.
  const type = dot > 0 && dot < name.length - 1 ? mime.getType(name.slice(dot + 1)) : null;
  if (type === null) return BINARY_CONTENT_TYPE;
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}
