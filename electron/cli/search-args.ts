import { searchCriteriaSchema } from '../../shared/domain/search.js';
import type { NameMode, SearchCriteria } from '../../shared/domain/search.js';
import { CliError } from './cli-session.js';
import { EXIT } from './exit-codes.js';

/** The `search` flags as parseArgs hands them over. */
export interface SearchFlags {
  name?: string | undefined;
  glob?: string | undefined;
  regex?: string | undefined;
  'ignore-case'?: boolean | undefined;
  'min-size'?: string | undefined;
  'max-size'?: string | undefined;
  after?: string | undefined;
  before?: string | undefined;
  class?: string | undefined;
}

export const SEARCH_OPTIONS = {
  name: { type: 'string' },
  glob: { type: 'string' },
  regex: { type: 'string' },
  'ignore-case': { type: 'boolean', short: 'i' },
  'min-size': { type: 'string' },
  'max-size': { type: 'string' },
  after: { type: 'string' },
  before: { type: 'string' },
  class: { type: 'string' },
} as const;

export const SEARCH_USAGE = `  search s3://bucket[/prefix/] [--name TEXT|--glob PATTERN|--regex RE] [-i]
         [--min-size N] [--max-size N] [--after TIME] [--before TIME] [--class CLASS]
                                      keys meeting every criterion; sizes in bytes or with
                                      K, M, G, T (1024s); times as 2026-12-06 or ISO 8601`;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

function bytes(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const found = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  const value = found === null ? NaN : Number(found[1]) * (UNITS[found[2]!.toLowerCase()] ?? NaN);
  if (!Number.isFinite(value))
    throw invalid(`--${flag} must be a size like 500, 20K or 1.5G, not ${text}`);
  return Math.round(value);
}

/** A date alone is midnight UTC that day; anything else must be ISO 8601 with a time zone or none (UTC). */
function instant(flag: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${text}T00:00:00Z`
    : /[zZ]|[+-]\d{2}:?\d{2}$/.test(text)
      ? text
      : `${text}Z`;
  const time = Date.parse(withZone);
  if (Number.isNaN(time))
    throw invalid(
      `--${flag} must be a date or time like 2026-12-06 or 2026-12-06T14:30:00Z, not ${text}`,
    );
  return new Date(time).toISOString();
}

const invalid = (message: string): CliError => new CliError(message, EXIT.usage);

/** The flags as criteria, checked by the same schema as the app's; a problem is a usage error naming the flag. */
export function searchCriteriaOf(flags: SearchFlags): SearchCriteria {
  const names = (['name', 'glob', 'regex'] as const).filter((f) => flags[f] !== undefined);
  if (names.length > 1)
    throw invalid(
      `Give one of --name, --glob, --regex, not ${names.map((n) => `--${n}`).join(' and ')}`,
    );
  const [flag] = names;
  const modes: Record<'name' | 'glob' | 'regex', NameMode> = {
    name: 'substring',
    glob: 'glob',
    regex: 'regex',
  };
  const criteria = {
    ...(flag === undefined
      ? {}
      : {
          name: {
            mode: modes[flag],
            pattern: flags[flag] ?? '',
            caseSensitive: flags['ignore-case'] !== true,
          },
        }),
    minSize: bytes('min-size', flags['min-size']),
    maxSize: bytes('max-size', flags['max-size']),
    modifiedAfter: instant('after', flags.after),
    modifiedBefore: instant('before', flags.before),
    storageClass: flags.class?.toUpperCase(),
  };
  const parsed = searchCriteriaSchema.safeParse(
    Object.fromEntries(Object.entries(criteria).filter(([, v]) => v !== undefined)),
  );
  if (parsed.success) return parsed.data;
  const flagOf: Record<string, string> = {
    name: `--${flag ?? 'name'}`,
    minSize: '--min-size',
    maxSize: '--max-size',
    modifiedAfter: '--after',
    modifiedBefore: '--before',
    storageClass: '--class',
  };
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const message = (issue?.message ?? 'is not valid')
    .replace('minSize', '--min-size')
    .replace('modifiedAfter', '--after');
  throw invalid(`${flagOf[field] ?? field} ${message}`);
}
