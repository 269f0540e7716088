import { compileNamePattern } from '../../../../shared/domain/search-name.js';
import { MAX_SYNC_PATTERNS } from '../../../../shared/domain/sync.js';

/** The core's limit on one glob (see the sync spec's schema). */
const MAX_PATTERN_LENGTH = 512;

/** Why a pattern field was refused, naming the pattern at fault where there is one. */
export type PatternProblem =
  | { kind: 'tooMany'; count: number; max: number }
  | { kind: 'tooLong'; pattern: string; max: number }
  | { kind: 'absolute'; pattern: string }
  | { kind: 'invalid'; pattern: string; reason: string };

export type ParsedPatterns =
  { ok: true; patterns: string[] } | { ok: false; problem: PatternProblem };

/**
 * A pattern field's text as the globs the core takes: one per line or comma-separated, blanks
 * around each trimmed, empty ones dropped, repeats kept once. `\,` keeps a comma in a glob (the
 * glob itself reads `\,` as a plain comma), so any name stays expressible.
 */
export function parsePatterns(text: string): ParsedPatterns {
  const patterns: string[] = [];
  for (const piece of text.split(/\r?\n|(?<!\\),/u)) {
    const pattern = piece.trim();
    if (pattern !== '' && !patterns.includes(pattern)) patterns.push(pattern);
  }
  if (patterns.length > MAX_SYNC_PATTERNS)
    return {
      ok: false,
      problem: { kind: 'tooMany', count: patterns.length, max: MAX_SYNC_PATTERNS },
    };
  for (const pattern of patterns) {
    const problem = patternProblem(pattern);
    if (problem !== undefined) return { ok: false, problem };
  }
  return { ok: true, patterns };
}

function patternProblem(pattern: string): PatternProblem | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return { kind: 'tooLong', pattern, max: MAX_PATTERN_LENGTH };
  // Paths are matched below the folder: "/x" never matches, so it would silently do nothing.
  if (pattern.startsWith('/')) return { kind: 'absolute', pattern };
  const compiled = compileNamePattern({ mode: 'glob', pattern, caseSensitive: true });
  return compiled.ok ? undefined : { kind: 'invalid', pattern, reason: compiled.reason };
}

/** A saved pair's globs back as the field's text, one per line. */
export function patternsText(patterns: readonly string[]): string {
  return patterns.join('\n');
}
