/** What a value is, for messages: "a Map", "a BigInt", "NaN" … */
function kindOf(value: unknown): string {
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object' || value === null) return `a ${typeof value}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)
    ?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object of no known kind';
}

export interface NotPlainData {
  path: string;
  found: string;
}

/**
 * Where an input holds something JSON cannot: IPC's structured clone carries Maps, Dates,
 * BigInts, NaN and typed arrays, and an object schema would take a Map or a Date as an empty
 * object. Walks without recursion, so any depth is safe.
 */
export function notPlainData(input: unknown): NotPlainData | undefined {
  const pending: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    const join = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) continue;
      return { path, found: kindOf(value) };
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: join(index) }));
      continue;
    }
    // undefined stays for the schema: an absent optional field arrives that way.
    if (value === undefined) continue;
    if (typeof value === 'object') {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto === Object.prototype || proto === null) {
        for (const [key, item] of Object.entries(value)) {
          pending.push({ value: item, path: join(key) });
        }
        continue;
      }
    }
    return { path, found: kindOf(value) };
  }
  return undefined;
}
