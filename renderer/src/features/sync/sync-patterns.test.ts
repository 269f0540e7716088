import { describe, expect, it } from 'vitest';
import { MAX_SYNC_PATTERNS } from '../../../../shared/domain/sync.js';
import { parsePatterns, patternsText } from './sync-patterns.js';

describe('the include and exclude fields of the compare dialog', () => {
  it('takes one glob per line or comma-separated, trimmed, without blanks or repeats', () => {
    expect(parsePatterns(' *.log, build/**\n\n  tmp/*  \r\n*.log,')).toEqual({
      ok: true,
      patterns: ['*.log', 'build/**', 'tmp/*'],
    });
    expect(parsePatterns('   ')).toEqual({ ok: true, patterns: [] });
  });

  it('keeps an escaped comma inside one glob', () => {
    expect(parsePatterns('a\\,b.txt, c')).toEqual({ ok: true, patterns: ['a\\,b.txt', 'c'] });
  });

  it('names the pattern it refuses, and why', () => {
    expect(parsePatterns('*.txt\n[z-a]')).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', pattern: '[z-a]' },
    });
    expect(parsePatterns('/etc/*')).toEqual({
      ok: false,
      problem: { kind: 'absolute', pattern: '/etc/*' },
    });
    const long = 'x'.repeat(513);
    expect(parsePatterns(`ok, ${long}`)).toEqual({
      ok: false,
      problem: { kind: 'tooLong', pattern: long, max: 512 },
    });
  });

  it('refuses more globs than the core takes', () => {
    const many = Array.from({ length: MAX_SYNC_PATTERNS + 1 }, (_, i) => `f${i}`).join(',');
    expect(parsePatterns(many)).toEqual({
      ok: false,
      problem: { kind: 'tooMany', count: MAX_SYNC_PATTERNS + 1, max: MAX_SYNC_PATTERNS },
    });
  });

  it('writes saved globs back one per line, parsing to the same list', () => {
    const patterns = ['*.log', 'a\\,b', 'build/**'];
    expect(parsePatterns(patternsText(patterns))).toEqual({ ok: true, patterns });
  });
});
