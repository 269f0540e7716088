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

/** Rows of the table in docs/coverage.md: | seed | S3 operation | `channel`, … | `file` › title; … | */
function parseRows(markdown: string): Row[] {
  return markdown
    .split('\n')
    .filter(
      // Separator rows hold only pipes, dashes, colons and spaces.
      (line) => line.startsWith('|') && !line.startsWith('| Seed') && !/^[\s|:-]+$/.test(line),
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

const rows = parseRows(await readFile('docs/coverage.md', 'utf8'));

describe('docs/coverage.md', () => {
  it('lists every seed operation once, in the seed order', () => {
    expect(rows.map((r) => r.operation)).toEqual(seedOperations.map((op) => op.id));
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
