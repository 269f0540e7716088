import { parseArgs } from 'node:util';
import { TOOL_NAMES } from './tools.js';
import type { ToolName } from './tools.js';

export interface Options {
  rounds: number;
  bigMiB: number;
  smallCount: number;
  smallKiB: number;
  tools: ToolName[];
  /** Passes over the Holdall settings grid before the rounds; 0 skips it. */
  explore: number;
  /** Headline settings: what the bench recommends, or what ships today. */
  settings: 'recommended' | 'shipped';
  /**
   * How Holdall runs: the `holdall` command as `npm run build` makes it (the default: what users
   * run, so the app and the figures share one engine), or the bare engine runner, bundled like
   * the shipped app or from source through tsx (for comparison).
   */
  runner: RunnerKind;
  writeDocs: boolean;
}

export const RUNNER_KINDS = ['cli', 'bundle', 'tsx'] as const;
export type RunnerKind = (typeof RUNNER_KINDS)[number];

export const USAGE = `Usage: tsx build/bench/transfer.bench.ts [options]
  --rounds N         interleaved rounds per tool (default 3)
  --big-mib N        size of the big file in MiB (default 1024)
  --small-count N    number of small files (default 2000)
  --small-kib N      size of each small file in KiB (default 64)
  --tools a,b        subset of ${TOOL_NAMES.join(',')} (default all)
  --explore N        first run N passes over Holdall settings (default 0)
  --settings S       headline Holdall settings: recommended | shipped (default recommended)
  --runner R         how Holdall runs: cli (the holdall command: core, queue and engine; default)
                     | bundle (the bare engine, bundled as shipped) | tsx (engine from source)
  --no-docs          do not rewrite docs/benchmarks.md
Options may also come from BENCH_TRANSFER_ARGS (npm run bench:transfer does not forward argv).`;

function positiveInt(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const fromEnv = (env.BENCH_TRANSFER_ARGS ?? '').split(/\s+/).filter(Boolean);
  const { values } = parseArgs({
    args: [...fromEnv, ...argv],
    options: {
      rounds: { type: 'string' },
      'big-mib': { type: 'string' },
      'small-count': { type: 'string' },
      'small-kib': { type: 'string' },
      tools: { type: 'string' },
      explore: { type: 'string' },
      settings: { type: 'string' },
      runner: { type: 'string' },
      'no-docs': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log(USAGE);
    process.exit(0);
  }
  const tools = (values.tools ?? TOOL_NAMES.join(',')).split(',').map((t) => t.trim());
  const unknown = tools.filter((t) => !(TOOL_NAMES as readonly string[]).includes(t));
  if (unknown.length > 0) throw new Error(`Unknown tools: ${unknown.join(', ')}`);
  const settings = values.settings ?? 'recommended';
  if (settings !== 'recommended' && settings !== 'shipped')
    throw new Error('--settings must be recommended or shipped');
  const runner = values.runner ?? 'cli';
  if (!(RUNNER_KINDS as readonly string[]).includes(runner))
    throw new Error(`--runner must be one of ${RUNNER_KINDS.join(', ')}`);
  return {
    rounds: positiveInt('rounds', values.rounds, 3),
    bigMiB: positiveInt('big-mib', values['big-mib'], 1024),
    smallCount: positiveInt('small-count', values['small-count'], 2000),
    smallKiB: positiveInt('small-kib', values['small-kib'], 64),
    tools: TOOL_NAMES.filter((t) => tools.includes(t)),
    explore: positiveInt('explore', values.explore, 0, 0),
    settings,
    runner: runner as RunnerKind,
    writeDocs: values['no-docs'] !== true,
  };
}
