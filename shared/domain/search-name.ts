/** The fields of a name criterion this module reads (the schema in search.ts adds limits). */
export interface NamePatternInput {
  mode: 'substring' | 'glob' | 'regex';
  pattern: string;
  caseSensitive: boolean;
}

/** A name test over a key below the search's scope, or why the pattern cannot be one. */
export type CompiledName =
  { ok: true; test: (keyBelowScope: string) => boolean } | { ok: false; reason: string };

const escapeRegex = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Substring and regular expression look anywhere in the key below the scope (folders included).
 * A glob without "/" matches an object's own name (its last part), like `find -name`; a glob
 * with "/" matches the whole key below the scope.
 */
export function compileNamePattern({
  mode,
  pattern,
  caseSensitive,
}: NamePatternInput): CompiledName {
  const flags = caseSensitive ? 'u' : 'iu';
  if (mode === 'substring') {
    const re = new RegExp(escapeRegex(pattern), flags);
    return { ok: true, test: (key) => re.test(key) };
  }
  if (mode === 'glob') {
    let re: RegExp;
    try {
      re = new RegExp(`^${globToRegexSource(pattern)}$`, flags);
    } catch (err) {
      // A set the RegExp engine refuses, like "[z-a]": a reason, not a throw out of a schema.
      const why = err instanceof Error ? err.message : String(err);
      return { ok: false, reason: `is not a glob: ${why}` };
    }
    if (pattern.includes('/')) return { ok: true, test: (key) => re.test(key) };
    return { ok: true, test: (key) => re.test(lastPart(key)) };
  }
  const nested = nestedRepetition(pattern);
  if (nested !== undefined) return { ok: false, reason: nested };
  try {
    const re = new RegExp(pattern, flags);
    return { ok: true, test: (key) => re.test(key) };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `is not a regular expression: ${why}` };
  }
}

/** A key's own name: after its last "/" (a folder marker "a/b/" is named "b"). */
export function lastPart(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `**` any run, `*` any run within one name part, `?` one character but "/", `[..]`/`[!..]` a set, `\x` x itself. */
export function globToRegexSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegex(glob[++i]!);
    } else if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        while (glob[i + 1] === '*') i++;
      } else out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      // Inside a set only "\", "]" and "^" mean something to a RegExp; "-" keeps its range meaning.
      out += `[${negated ? '^' : ''}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = end;
    } else out += escapeRegex(c);
  }
  return out;
}

/**
 * A repeated group that itself repeats, like `(a+)+` or `(\w*)*`: JavaScript's matcher can take
 * exponential time on such a pattern and has no deadline, so the search refuses it up front.
 */
export function nestedRepetition(source: string): string | undefined {
  const open: boolean[] = [];
  let inSet = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inSet) {
      if (c === ']') inSet = false;
      continue;
    }
    if (c === '[') inSet = true;
    else if (c === '(') open.push(false);
    else if (c === ')') {
      const innerRepeats = open.pop() ?? false;
      const next = source[i + 1];
      if (innerRepeats && (next === '*' || next === '+' || next === '{'))
        return 'repeats a group that itself repeats (like (a+)+), which can take exponential time: write it without the nesting';
      // The group's own repetition counts for the group around it.
      if (open.length > 0 && (innerRepeats || next === '*' || next === '+' || next === '{'))
        open[open.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{') && open.length > 0) {
      open[open.length - 1] = true;
    }
  }
  return undefined;
}
