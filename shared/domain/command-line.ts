/** A command line split into words, or why it cannot be. */
export type SplitCommand = { ok: true; words: string[] } | { ok: false; reason: string };

const BLANK = /\s/;
// Inside double quotes a backslash escapes only these, as in a POSIX shell and Python's shlex.
const DOUBLE_QUOTE_ESCAPES = new Set(['\\', '"', '$', '`', '\n']);

/**
 * Splits a `credential_process` command line into words the way the AWS CLI does on Linux and
 * macOS (Python's `shlex.split`): blanks separate words, '…' keeps everything literally, "…"
 * keeps all but a backslash before \ " $ ` or a newline, and a backslash outside quotes keeps the
 * next character. Nothing else of a shell applies: no variables, globs, pipes or redirections.
 */
export function splitCommandLine(line: string): SplitCommand {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && DOUBLE_QUOTE_ESCAPES.has(line.charAt(i + 1))) {
        i += 1;
        word += line.charAt(i);
      } else word += ch;
      continue;
    }
    if (BLANK.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') {
      if (i + 1 >= line.length) return { ok: false, reason: 'ends with a lone backslash' };
      i += 1;
      word += line.charAt(i);
    } else word += ch;
  }
  if (quote !== undefined) return { ok: false, reason: `has an unclosed ${quote} quote` };
  if (inWord) words.push(word);
  if (words.length === 0) return { ok: false, reason: 'is required' };
  return { ok: true, words };
}
