import { join, normalize, sep } from 'node:path';

/** Resolves a URL-style path inside root, or undefined when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = normalize(root);
  const full = normalize(join(base, decoded));
  const prefix = base.endsWith(sep) ? base : base + sep;
  return full === base || full.startsWith(prefix) ? full : undefined;
}
