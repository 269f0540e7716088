import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-args.js';

const parse = (...argv: string[]) => parseCli(argv, {});

describe('holdall search arguments', () => {
  it('reads every criterion, sizes with units and dates as UTC midnight', () => {
    const { command } = parse(
      'search',
      's3://b/logs/',
      '--glob',
      '*.gz',
      '-i',
      '--min-size',
      '1.5K',
      '--max-size',
      '2MiB',
      '--after',
      '2026-12-01',
      '--before',
      '2026-12-06T12:00:00+01:00',
      '--class',
      'standard',
    );
    expect(command).toEqual({
      name: 'search',
      where: { bucket: 'b', key: 'logs/' },
      criteria: {
        name: { mode: 'glob', pattern: '*.gz', caseSensitive: false },
        minSize: 1536,
        maxSize: 2 * 1024 * 1024,
        modifiedAfter: '2026-12-01T00:00:00.000Z',
        modifiedBefore: '2026-12-06T11:00:00.000Z',
        storageClass: 'STANDARD',
      },
    });
  });

  it('searches the whole bucket with no criteria, case-sensitively by default', () => {
    expect(parse('search', 's3://b', '--name', 'x').command).toEqual({
      name: 'search',
      where: { bucket: 'b', key: '' },
      criteria: { name: { mode: 'substring', pattern: 'x', caseSensitive: true } },
    });
  });

  it('names the flag that is wrong, as a usage error', () => {
    const usage = (argv: string[]) => {
      try {
        parse(...argv);
      } catch (err) {
        return [(err as { exitCode: number }).exitCode, (err as Error).message];
      }
      return 'parsed';
    };
    expect(usage(['search', 's3://b', '--regex', 'a(b'])).toEqual([
      2,
      expect.stringMatching(/^--regex is not a regular expression: /),
    ]);
    expect(usage(['search', 's3://b', '--name', 'a', '--glob', 'b'])).toEqual([
      2,
      'Give one of --name, --glob, --regex, not --name and --glob',
    ]);
    expect(usage(['search', 's3://b', '--min-size', 'lots'])).toEqual([
      2,
      expect.stringMatching(/^--min-size must be a size/),
    ]);
    expect(usage(['search', 's3://b', '--min-size', '9', '--max-size', '8'])).toEqual([
      2,
      '--max-size is smaller than --min-size',
    ]);
    expect(usage(['search', 's3://b', '--after', 'soon'])).toEqual([
      2,
      expect.stringMatching(/^--after must be a date/),
    ]);
  });
});
