import type { RawProblem } from './config-kind.js';

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Where JSON.parse stopped, from V8's message ("… at position 42" or "(line 3 column 5)"). */
function parseErrorLine(text: string, message: string): number | undefined {
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol?.[1] !== undefined) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  if (position?.[1] !== undefined) return lineAt(text, Number(position[1]));
  // "Unexpected end of JSON input": the problem is at the end.
  return /end of JSON/i.test(message) ? lineAt(text, text.length) : undefined;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; problem: RawProblem };

/** JSON.parse, with a failure placed on its line. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: { line: parseErrorLine(text, message), message } };
  }
}

/**
 * Offsets of every value's key (or array item) in valid JSON text, by dotted path. A small
 * scanner of its own because JSON.parse forgets where things were.
 */
function jsonOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
  };
  const readString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (path: string, part: string | number): string =>
    path === '' ? String(part) : `${path}.${part}`;
  const value = (path: string): void => {
    skipSpace();
    const c = text.charAt(i);
    if (c === '{') {
      i += 1;
      skipSpace();
      while (i < text.length && text.charAt(i) !== '}') {
        const keyAt = i;
        const key = readString();
        offsets.set(join(path, key), keyAt);
        skipSpace();
        i += 1; // ':'
        value(join(path, key));
        skipSpace();
        if (text.charAt(i) === ',') i += 1;
        skipSpace();
      }
      i += 1;
    } else if (c === '[') {
      i += 1;
      skipSpace();
      for (let n = 0; i < text.length && text.charAt(i) !== ']'; n += 1) {
        skipSpace();
        offsets.set(join(path, n), i);
        value(join(path, n));
        skipSpace();
        if (text.charAt(i) === ',') i += 1;
        skipSpace();
      }
      i += 1;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i += 1;
    }
  };
  value('');
  return offsets;
}

/**
 * The line of `path` in JSON text, or of the nearest enclosing value that exists (a model's
 * `Action.0` is the plain string `Action` in `"Action": "s3:GetObject"`). Undefined when the
 * text is not JSON or nothing on the path exists.
 */
export function jsonPathLine(text: string, path: string): number | undefined {
  if (!parseJson(text).ok) return undefined;
  const offsets = jsonOffsets(text);
  const parts = path === '' ? [] : path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const offset = offsets.get(parts.slice(0, n).join('.'));
    if (offset !== undefined) return lineAt(text, offset);
  }
  return text.trim() === '' ? undefined : 1;
}
