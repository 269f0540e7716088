import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { channels } from '../shared/contract/channels.js';
import { seedOperations } from '../shared/domain/operations.js';

interface Row {
  seed: string;
  operation: string;
  channels: string[];
  tests: { file: string; title: string }[];
}

/**
 * Rows of the table in docs/coverage.md whose header starts with `header`:
 * | seed or feature | S3 operation | `channel`, … | `file` › title; … |
 */
function parseRows(markdown: string, header: string): Row[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header}`));
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .filter(
      // Separator rows hold only pipes, dashes, colons and spaces.
      (line) => !/^[\s|:-]+$/.test(line),
    )
    .map((line) => {
      const [seed = '', operation = '', channelCell = '', testCell = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return {
        seed,
        operation,
        channels: [...channelCell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''),
        tests: testCell.split(';').map((entry) => {
          const match = /`([^`]+)`\s*›\s*(.+)/.exec(entry.trim());
          return { file: match?.[1] ?? '', title: match?.[2]?.trim() ?? '' };
        }),
      };
    });
}

const coverage = await readFile('docs/coverage.md', 'utf8');
const seedRows = parseRows(coverage, 'Seed operation');
/** Operations beyond the seed tables (issue 15's protection features), held to the same proof. */
const featureRows = parseRows(coverage, 'Feature');
const rows = [...seedRows, ...featureRows];

describe('docs/coverage.md', () => {
  it('lists every seed operation once, in the seed order', () => {
    expect(seedRows.map((r) => r.operation)).toEqual(seedOperations.map((op) => op.id));
  });

  it('has a table of the operations beyond the seed', () => {
    expect(featureRows.length).toBeGreaterThan(0);
  });

  it.each(rows.map((r) => [r.operation, r] as const))(
    '%s names real contract channels',
    (_op, row) => {
      expect(row.channels.length).toBeGreaterThan(0);
      for (const channel of row.channels) expect(Object.keys(channels)).toContain(channel);
    },
  );

  it.each(rows.map((r) => [r.operation, r] as const))(
    '%s names integration tests that exist',
    async (_op, row) => {
      expect(row.tests.length).toBeGreaterThan(0);
      for (const { file, title } of row.tests) {
        expect(file).toMatch(/\.int\.test\.ts$/);
        const source = await readFile(file, 'utf8');
        expect(source, `${file} has a test titled "${title}"`).toContain(title);
      }
    },
  );
});
