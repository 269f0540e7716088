import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchCriteriaSchema } from './search.js';
import type { SearchCriteria } from './search.js';
import { searchMatcher } from './search-match.js';
import type { SearchCandidate } from './search-match.js';
import { compileNamePattern, lastPart } from './search-name.js';

const candidate = (key: string, extra: Partial<SearchCandidate> = {}): SearchCandidate => ({
  key,
  size: 10,
  lastModified: Date.parse('2026-06-01T00:00:00Z'),
  storageClass: 'STANDARD',
  ...extra,
});

const find = (criteria: SearchCriteria, keys: string[], scope = ''): string[] => {
  const matches = searchMatcher(searchCriteriaSchema.parse(criteria), scope);
  return keys.filter((key) => matches(candidate(key)));
};

const keys = ['a/report.PDF', 'a/b/report-2.pdf', 'reports/x.txt', 'a/b/c/notes.md', 'top.pdf'];

describe('search by name', () => {
  it('finds a substring anywhere in the key, folders included, ignoring case when asked', () => {
    const name = { mode: 'substring', pattern: 'report', caseSensitive: false } as const;
    expect(find({ name }, keys)).toEqual(['a/report.PDF', 'a/b/report-2.pdf', 'reports/x.txt']);
    expect(find({ name: { ...name, pattern: '.pdf', caseSensitive: true } }, keys)).toEqual([
      'a/b/report-2.pdf',
      'top.pdf',
    ]);
  });

  it('matches a glob without "/" against the object name, in every folder', () => {
    const name = { mode: 'glob', pattern: '*.pdf', caseSensitive: false } as const;
    expect(find({ name }, keys)).toEqual(['a/report.PDF', 'a/b/report-2.pdf', 'top.pdf']);
    const one = { mode: 'glob', pattern: 'report-?.pdf', caseSensitive: true } as const;
    expect(find({ name: one }, keys)).toEqual(['a/b/report-2.pdf']);
    const set = { mode: 'glob', pattern: '[!rt]*', caseSensitive: true } as const;
    expect(find({ name: set }, keys)).toEqual(['reports/x.txt', 'a/b/c/notes.md']);
  });

  it('matches a glob with "/" against the key below the scope; ** crosses folders, * does not', () => {
    const deep = { mode: 'glob', pattern: 'b/**.pdf', caseSensitive: true } as const;
    expect(find({ name: deep }, keys, 'a/')).toEqual(['a/b/report-2.pdf']);
    const shallow = { mode: 'glob', pattern: 'a/*.md', caseSensitive: true } as const;
    expect(find({ name: shallow }, keys)).toEqual([]);
    const any = { mode: 'glob', pattern: 'a/**.md', caseSensitive: true } as const;
    expect(find({ name: any }, keys)).toEqual(['a/b/c/notes.md']);
  });

  it('searches a regular expression in the key below the scope', () => {
    const name = { mode: 'regex', pattern: '^b/.*\\d\\.pdf$', caseSensitive: true } as const;
    expect(find({ name }, keys, 'a/')).toEqual(['a/b/report-2.pdf']);
  });

  it('takes regex and glob specials literally in a substring', () => {
    const name = { mode: 'substring', pattern: '(1).[x]*', caseSensitive: true } as const;
    expect(find({ name }, ['f(1).[x]*.txt', 'f1x.txt'])).toEqual(['f(1).[x]*.txt']);
  });

  it('glob *text* is the same as a substring of the name, for any text and name', () => {
    const part = fc.stringMatching(/^[^/]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 3 }),
        fc.stringMatching(/^[^/]{1,4}$/),
        (parts, text) => {
          const key = parts.join('/');
          const escaped = text.replace(/[\\*?[]/g, '\\$&');
          const glob = compileNamePattern({
            mode: 'glob',
            pattern: `*${escaped}*`,
            caseSensitive: true,
          });
          const sub = compileNamePattern({ mode: 'substring', pattern: text, caseSensitive: true });
          if (!glob.ok || !sub.ok) return false;
          return (
            glob.test(key) === lastPart(key).includes(text) && sub.test(key) === key.includes(text)
          );
        },
      ),
    );
  });
});

describe('search by size, time and class', () => {
  const objects = [
    candidate('small', { size: 5 }),
    candidate('edge', { size: 100 }),
    candidate('big', { size: 101, storageClass: 'REDUCED_REDUNDANCY' }),
    candidate('old', { size: 50, lastModified: Date.parse('2020-01-01T00:00:00Z') }),
    candidate('undated', { size: 50, lastModified: 0 }),
  ];
  const run = (criteria: SearchCriteria) => {
    const matches = searchMatcher(searchCriteriaSchema.parse(criteria), '');
    return objects.filter(matches).map((o) => o.key);
  };

  it('keeps sizes within an inclusive range', () => {
    expect(run({ minSize: 100 })).toEqual(['edge', 'big']);
    expect(run({ minSize: 6, maxSize: 100 })).toEqual(['edge', 'old', 'undated']);
  });

  it('keeps objects modified within an inclusive range; an unknown time is in no range', () => {
    expect(run({ modifiedBefore: '2021-01-01T00:00:00Z' })).toEqual(['old']);
    expect(run({ modifiedAfter: '2026-06-01T00:00:00Z' })).toEqual(['small', 'edge', 'big']);
  });

  it('keeps one storage class, and every criterion must hold', () => {
    expect(run({ storageClass: 'REDUCED_REDUNDANCY' })).toEqual(['big']);
    expect(run({ storageClass: 'STANDARD', maxSize: 5 })).toEqual(['small']);
  });
});

describe('criteria validation', () => {
  const issues = (input: unknown) => {
    const parsed = searchCriteriaSchema.safeParse(input);
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a regular expression that does not compile, with the reason', () => {
    const [issue] = issues({ name: { mode: 'regex', pattern: 'a(b', caseSensitive: false } });
    expect(issue).toMatch(/^name\.pattern: is not a regular expression: .*(unterminated|group)/i);
  });

  it('refuses nested repetition, which could take exponential time', () => {
    for (const pattern of ['(a+)+$', '(\\w*)*x', '((ab)*c)+', '(x{2,})*']) {
      const [issue] = issues({ name: { mode: 'regex', pattern, caseSensitive: true } });
      expect(issue, pattern).toMatch(/^name\.pattern: repeats a group that itself repeats/);
    }
    expect(
      issues({ name: { mode: 'regex', pattern: '(ab)+c*[(+]+', caseSensitive: true } }),
    ).toEqual([]);
  });

  it('refuses an empty or overlong pattern, reversed ranges and unknown fields', () => {
    expect(issues({ name: { mode: 'glob', pattern: '', caseSensitive: true } })).toHaveLength(1);
    expect(
      issues({ name: { mode: 'glob', pattern: 'x'.repeat(513), caseSensitive: true } }),
    ).toHaveLength(1);
    expect(issues({ minSize: 10, maxSize: 9 })).toEqual(['maxSize: is smaller than minSize']);
    expect(
      issues({ modifiedAfter: '2026-01-02T00:00:00Z', modifiedBefore: '2026-01-01T00:00:00Z' }),
    ).toEqual(['modifiedBefore: is before modifiedAfter']);
    expect(issues({ minSize: -1 })).toHaveLength(1);
    expect(issues({ modifiedAfter: 'yesterday' })).toHaveLength(1);
    expect(issues({ storageClass: 'glacier' })).toHaveLength(1);
    expect(issues({ owner: 'me' })).toHaveLength(1);
  });
});
