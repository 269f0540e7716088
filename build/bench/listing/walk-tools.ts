import type { Command, Measured } from '../transfer/measure.js';
import {
  awsEnv,
  baseEnv,
  PEER_BINARIES,
  rcloneEnv,
  s3cmdFlags,
  writePeerConfigs,
} from '../transfer/tools.js';
import type { Server } from '../transfer/tools.js';
import { RUNNER_ENV } from '../transfer/holdall-job.js';
import { walkResultSchema } from './walk-job.js';
import type { WalkJob } from './walk-job.js';

export const WALKERS = [
  'holdall',
  'holdall-flat',
  'rclone',
  'rclone-fast-list',
  'aws',
  's3cmd',
] as const;
export type Walker = (typeof WALKERS)[number];
/** Holdall's own flat walk is shown for reference; the best of these is the bar. */
export const PEER_WALKERS: readonly Walker[] = ['rclone', 'rclone-fast-list', 'aws', 's3cmd'];

export interface WalkTarget {
  bucket: string;
  /** Ends with "/". */
  prefix: string;
}

export interface WalkTool {
  name: Walker;
  command(target: WalkTarget): Command;
  /** Keys the command listed, from what it printed. */
  count(run: Measured): number;
}

const lines = (run: Measured) => run.stdoutLines;

/**
 * Each tool at its own defaults, printing one line per key: rclone walks folders in parallel
 * (--checkers, 8), or with --fast-list asks for the whole tree in flat pages; aws-cli and s3cmd
 * list flat, page after page.
 */
export async function walkTools(
  server: Server,
  home: string,
  runnerFile: string,
  /** Holdall's listers at once; the engine's default when undefined. */
  concurrency?: number,
): Promise<WalkTool[]> {
  const { rcloneConfig, awsConfig, s3cmdConfig } = await writePeerConfigs(home);
  const holdallEnv = {
    ...baseEnv(home),
    [RUNNER_ENV.endpoint]: server.endpoint,
    [RUNNER_ENV.region]: server.region,
    [RUNNER_ENV.accessKeyId]: server.accessKeyId,
    [RUNNER_ENV.secretAccessKey]: server.secretAccessKey,
  };
  const holdall = (name: Walker, mode: WalkJob['mode']): WalkTool => ({
    name,
    command: (t) => ({
      file: process.execPath,
      args: [
        runnerFile,
        JSON.stringify({ bucket: t.bucket, prefix: t.prefix, mode, concurrency } satisfies WalkJob),
      ],
      env: holdallEnv,
    }),
    count: (run) =>
      walkResultSchema.parse(JSON.parse(run.stdout.trim().split('\n').pop() ?? '')).keys,
  });
  const rclone = (name: Walker, extra: string[]): WalkTool => ({
    name,
    command: (t) => ({
      file: PEER_BINARIES.rclone,
      args: ['lsf', '-R', '--files-only', ...extra, `bench:${t.bucket}/${t.prefix}`],
      env: rcloneEnv(server, home, rcloneConfig),
    }),
    count: lines,
  });
  return [
    holdall('holdall', 'tree'),
    holdall('holdall-flat', 'flat'),
    rclone('rclone', []),
    rclone('rclone-fast-list', ['--fast-list']),
    {
      name: 'aws',
      command: (t) => ({
        file: PEER_BINARIES.aws,
        args: [
          's3',
          'ls',
          '--recursive',
          `s3://${t.bucket}/${t.prefix}`,
          '--endpoint-url',
          server.endpoint,
        ],
        env: awsEnv(server, home, awsConfig),
      }),
      count: lines,
    },
    {
      name: 's3cmd',
      command: (t) => ({
        file: PEER_BINARIES.s3cmd,
        args: [
          // --quiet would silence the listing itself.
          ...s3cmdFlags(server, s3cmdConfig).filter((flag) => flag !== '--quiet'),
          'ls',
          '--recursive',
          `s3://${t.bucket}/${t.prefix}`,
        ],
        env: baseEnv(home),
      }),
      count: lines,
    },
  ];
}
