/** "report.pdf" → "report (1).pdf"; dotfiles and names without an extension get the suffix at the end. */
export function keepBothName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return `${name} (${n})`;
  return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}

/** The same for a path or key: only the last segment changes. */
export function keepBothPath(path: string, n: number, separator: RegExp = /[/\\]/): string {
  let cut = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if (separator.test(path[i] ?? '')) {
      cut = i;
      break;
    }
  }
  return path.slice(0, cut + 1) + keepBothName(path.slice(cut + 1), n);
}

const MAX_TRIES = 10_000;

/** The first "name (n).ext" that does not exist yet. */
export async function firstFreeName(
  path: string,
  exists: (candidate: string) => Promise<boolean>,
  separator?: RegExp,
): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const candidate = keepBothPath(path, n, separator);
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`No free name for ${path} after ${MAX_TRIES} tries`);
}
