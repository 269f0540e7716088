import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;
const root = join(import.meta.dirname, '..');

/** Tracked files of a kind eslint's max-lines does not read. */
function tracked(pattern: string): string[] {
  return execFileSync('git', ['ls-files', pattern], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path !== '');
}

describe('file size', () => {
  it(`keeps every stylesheet under ${MAX_LINES} lines (split by area, not by accident)`, () => {
    const sheets = tracked('*.css');
    expect(sheets.length).toBeGreaterThan(0);
    const long = sheets
      .map((path) => ({ path, lines: readFileSync(join(root, path), 'utf8').split('\n').length }))
      .filter((sheet) => sheet.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
