import { describe, expect, it } from 'vitest';
import { formatPassRates, passRates } from './pass-rates.js';
import type { PlaywrightJsonReport } from './pass-rates.js';

const passed = { results: [{ status: 'passed' as const }] };
const failed = (message: string) => ({
  results: [
    { status: 'failed' as const, error: { message: `\u001b[31m${message}\u001b[39m\nmore` } },
  ],
});

const report: PlaywrightJsonReport = {
  suites: [
    {
      title: 'object-actions.spec.ts',
      specs: [
        {
          title: 'delete keeps focus in the list',
          file: 'object-actions.spec.ts',
          line: 349,
          tests: [passed, failed('row not focused'), passed, failed('row not focused')],
        },
      ],
      suites: [
        {
          title: 'tabs',
          specs: [
            {
              title: 'switches',
              file: 'object-actions.spec.ts',
              line: 20,
              tests: [passed, passed, passed, passed],
            },
            {
              title: 'needs a display',
              file: 'object-actions.spec.ts',
              line: 30,
              tests: [{ results: [{ status: 'skipped' as const }] }],
            },
          ],
        },
      ],
    },
  ],
};

describe('passRates', () => {
  it('counts every repetition of a test together, the least reliable first', () => {
    const rates = passRates(report);
    expect(rates.map((r) => [r.name, r.passed, r.failed, r.skipped])).toEqual([
      ['object-actions.spec.ts:349 › delete keeps focus in the list', 2, 2, 0],
      ['object-actions.spec.ts:20 › tabs › switches', 4, 0, 0],
      ['object-actions.spec.ts:30 › tabs › needs a display', 0, 0, 1],
    ]);
  });

  it('keeps each distinct failure once, its first line without terminal colours', () => {
    expect(passRates(report)[0]?.failures).toEqual(['failed: row not focused']);
  });
});

describe('formatPassRates', () => {
  it('marks a test that failed even once and says how many did', () => {
    const text = formatPassRates(passRates(report));
    expect(text).toContain(
      'FLAKY 2/4  object-actions.spec.ts:349 › delete keeps focus in the list',
    );
    expect(text).toContain('failed: row not focused');
    expect(text.split('\n').at(-1)).toBe('1 of 2 tests failed at least once');
  });

  it('says so when every repetition passed', () => {
    const clean = passRates({ suites: [{ ...report.suites[0]!, specs: [] }] });
    expect(formatPassRates(clean).split('\n').at(-1)).toBe('all 1 tests passed every repetition');
  });
});
