/**
 * Pass rates per test from a Playwright JSON report of a `--repeat-each` run: each repetition
 * is its own test entry under the spec, so a spec's entries are counted together.
 */

interface ReportResult {
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  error?: { message?: string };
}

interface ReportTest {
  results: ReportResult[];
}

interface ReportSpec {
  title: string;
  file: string;
  line: number;
  tests: ReportTest[];
}

export interface ReportSuite {
  title: string;
  specs?: ReportSpec[];
  suites?: ReportSuite[];
}

export interface PlaywrightJsonReport {
  suites: ReportSuite[];
}

export interface PassRate {
  /** `file:line › describe › title`, as the list reporter names it. */
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** The first line of each distinct failure message, for a first look. */
  failures: string[];
}

// Playwright's messages carry terminal colours; the table is read in logs too.
const ansi = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

function firstLine(message: string | undefined): string {
  const line = (message ?? 'no message').replace(ansi, '').split('\n')[0] ?? '';
  return line.trim();
}

function collect(suite: ReportSuite, titles: string[], into: Map<string, PassRate>): void {
  const path =
    suite.title === '' || suite.title.endsWith('.ts') ? titles : [...titles, suite.title];
  for (const spec of suite.specs ?? []) {
    const name = [`${spec.file}:${spec.line}`, ...path, spec.title].join(' › ');
    const rate = into.get(name) ?? { name, passed: 0, failed: 0, skipped: 0, failures: [] };
    for (const test of spec.tests) {
      // Retries are off, so the last result is the repetition's verdict.
      const result = test.results.at(-1);
      if (result === undefined || result.status === 'skipped') rate.skipped++;
      else if (result.status === 'passed') rate.passed++;
      else {
        rate.failed++;
        const line = `${result.status}: ${firstLine(result.error?.message)}`;
        if (!rate.failures.includes(line)) rate.failures.push(line);
      }
    }
    into.set(name, rate);
  }
  for (const child of suite.suites ?? []) collect(child, path, into);
}

/** Every test of the report, the least reliable first, then by name. */
export function passRates(report: PlaywrightJsonReport): PassRate[] {
  const rates = new Map<string, PassRate>();
  for (const suite of report.suites) collect(suite, [], rates);
  const rate = (r: PassRate) => (r.passed + r.failed === 0 ? 1 : r.passed / (r.passed + r.failed));
  return [...rates.values()].sort((a, b) => rate(a) - rate(b) || a.name.localeCompare(b.name));
}

/** The table the stress script prints: failing tests first with their reasons, then a total. */
export function formatPassRates(rates: readonly PassRate[]): string {
  const lines: string[] = [];
  for (const r of rates) {
    const runs = r.passed + r.failed;
    const mark = r.failed > 0 ? 'FLAKY' : runs === 0 ? 'skip ' : 'ok   ';
    lines.push(`${mark} ${r.passed}/${runs}  ${r.name}`);
    for (const failure of r.failures) lines.push(`        ${failure}`);
  }
  const flaky = rates.filter((r) => r.failed > 0).length;
  const ran = rates.filter((r) => r.passed + r.failed > 0).length;
  lines.push(
    flaky === 0
      ? `all ${ran} tests passed every repetition`
      : `${flaky} of ${ran} tests failed at least once`,
  );
  return lines.join('\n');
}
