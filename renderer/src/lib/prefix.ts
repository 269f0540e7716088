export interface Crumb {
  label: string;
  /** The prefix to list when this crumb is chosen. */
  prefix: string;
}

/** "a/b/" → [{a, "a/"}, {b, "a/b/"}]; the bucket itself (prefix "") is not included. */
export function breadcrumbs(prefix: string): Crumb[] {
  const crumbs: Crumb[] = [];
  let start = 0;
  for (let slash = prefix.indexOf('/'); slash !== -1; slash = prefix.indexOf('/', start)) {
    crumbs.push({ label: prefix.slice(start, slash), prefix: prefix.slice(0, slash + 1) });
    start = slash + 1;
  }
  // A prefix without a trailing slash still names a place to go back to.
  if (start < prefix.length) crumbs.push({ label: prefix.slice(start), prefix });
  return crumbs;
}

/** A key as shown inside its folder: "photos/2024/a.jpg" under "photos/" → "2024/a.jpg". */
export function relativeName(key: string, prefix: string): string {
  return key.startsWith(prefix) ? key.slice(prefix.length) : key;
}

/** One level up: "a/b/" → "a/", "a/" → "", "" → "". */
export function parentPrefix(prefix: string): string {
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  const slash = trimmed.lastIndexOf('/');
  return slash === -1 ? '' : trimmed.slice(0, slash + 1);
}
