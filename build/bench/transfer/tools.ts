import { access, constants, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineSettings, HoldallJob, Op } from './holdall-job.js';
import { RUNNER_ENV } from './holdall-job.js';
import type { Command } from './measure.js';
import { CONNECTION_ENV } from '../../../electron/cli/cli-session.js';

export const TOOL_NAMES = ['holdall', 'rclone', 'aws', 's3cmd'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];
export type Peer = Exclude<ToolName, 'holdall'>;

export interface Server {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Where one operation reads or writes: big ops name a file, small ops a directory. */
export interface OpTarget {
  bucket: string;
  /** "big.bin" or "small/" — the same key layout for every tool. */
  key: string;
  path: string;
}

export interface Tool {
  name: ToolName;
  command(op: Op, target: OpTarget): Command;
  /** Prints its own peak RSS as a JSON last line (the bare engine runner does). */
  reportsOwnRss?: boolean;
}

// Absolute paths: a different `aws` (pyenv shim) comes earlier on this machine's PATH.
export const PEER_BINARIES: Readonly<Record<Peer, string>> = {
  rclone: '/usr/bin/rclone',
  aws: '/usr/bin/aws',
  s3cmd: '/usr/bin/s3cmd',
};

// `--import tsx` resolves from the working directory: the repository root.
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * How Holdall runs: the `holdall` command (the default: the app's core and transfer queue around
 * the engine), or the bare engine runner bundled like the app or straight from source.
 */
export type RunnerMode =
  { kind: 'cli'; file: string } | { kind: 'bundle'; file: string } | { kind: 'tsx'; file: string };

/** Nothing from the user's environment or home (profiles, proxies, config files) leaks in. */
export function baseEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' };
}

export async function missingPeers(): Promise<Peer[]> {
  const peers = Object.keys(PEER_BINARIES) as Peer[];
  const found = await Promise.all(
    peers.map((p) =>
      access(PEER_BINARIES[p], constants.X_OK).then(
        () => true,
        () => false,
      ),
    ),
  );
  return peers.filter((_, i) => !found[i]);
}

/**
 * `holdall cp` for one operation. Holdall keeps names, so a file or folder is uploaded to the
 * bucket's top and lands under its own name, and a download goes to the folder that then holds
 * the object (or the prefix's folder) under its name: the same layout every peer produces.
 */
function cliArgs(op: Op, target: OpTarget): string[] {
  const name = target.key.replace(/\/$/, '');
  if (basename(target.path) !== name)
    throw new Error(`holdall cp keeps names: ${target.path} must end in ${name}`);
  return op.startsWith('upload')
    ? ['cp', target.path, `s3://${target.bucket}/`]
    : ['cp', `s3://${target.bucket}/${target.key}`, dirname(target.path)];
}

/** The `holdall` command with a one-off connection from the environment, as documented. */
function cliTool(server: Server, home: string, file: string): Tool {
  const env = {
    ...baseEnv(home),
    // The command's scratch data and journal go here, inside the bench's scratch dir.
    TMPDIR: home,
    [CONNECTION_ENV.endpoint]: server.endpoint,
    [CONNECTION_ENV.region]: server.region,
    [CONNECTION_ENV.accessKeyId]: server.accessKeyId,
    [CONNECTION_ENV.secretAccessKey]: server.secretAccessKey,
    [CONNECTION_ENV.provider]: 'ceph',
  };
  return {
    name: 'holdall',
    command: (op, target) => ({
      file: process.execPath,
      args: [file, ...cliArgs(op, target)],
      env,
    }),
  };
}

export function holdallTool(
  server: Server,
  home: string,
  settings: EngineSettings,
  runner: RunnerMode,
): Tool {
  // The command runs the app's own transfer settings; only the bare runner takes others.
  if (runner.kind === 'cli') return cliTool(server, home, runner.file);
  const env = {
    ...baseEnv(home),
    // The runner's journal goes here, inside the bench's scratch dir that is removed at the end.
    TMPDIR: home,
    [RUNNER_ENV.endpoint]: server.endpoint,
    [RUNNER_ENV.region]: server.region,
    [RUNNER_ENV.accessKeyId]: server.accessKeyId,
    [RUNNER_ENV.secretAccessKey]: server.secretAccessKey,
  };
  return {
    name: 'holdall',
    reportsOwnRss: true,
    command(op, target) {
      const job: HoldallJob = { op, ...target, settings };
      const start = runner.kind === 'tsx' ? ['--import', 'tsx', runner.file] : [runner.file];
      return { file: process.execPath, args: [...start, JSON.stringify(job)], env, cwd: REPO };
    },
  };
}

/** rclone's remote "bench:" from the environment alone, so no config file is read. */
export function rcloneEnv(server: Server, home: string, emptyConfig: string): NodeJS.ProcessEnv {
  return {
    ...baseEnv(home),
    RCLONE_CONFIG: emptyConfig,
    RCLONE_CONFIG_BENCH_TYPE: 's3',
    RCLONE_CONFIG_BENCH_PROVIDER: 'Ceph',
    RCLONE_CONFIG_BENCH_ENDPOINT: server.endpoint,
    RCLONE_CONFIG_BENCH_ACCESS_KEY_ID: server.accessKeyId,
    RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY: server.secretAccessKey,
    RCLONE_CONFIG_BENCH_REGION: server.region,
  };
}

function rcloneTool(server: Server, home: string, emptyConfig: string): Tool {
  const env = rcloneEnv(server, home, emptyConfig);
  // `copy` takes directories as destinations: a file keeps its base name, which is its key.
  const args = (op: Op, t: OpTarget): string[] => {
    const remote = `bench:${t.bucket}`;
    switch (op) {
      case 'upload-big':
        return [t.path, remote];
      case 'download-big':
        return [`${remote}/${basename(t.path)}`, dirname(t.path)];
      case 'upload-small':
        return [t.path, `${remote}/${t.key}`];
      case 'download-small':
        return [`${remote}/${t.key}`, t.path];
    }
  };
  return {
    name: 'rclone',
    command: (op, t) => ({ file: PEER_BINARIES.rclone, args: ['copy', ...args(op, t)], env }),
  };
}

export function awsEnv(server: Server, home: string, config: string): NodeJS.ProcessEnv {
  return {
    ...baseEnv(home),
    AWS_ACCESS_KEY_ID: server.accessKeyId,
    AWS_SECRET_ACCESS_KEY: server.secretAccessKey,
    AWS_DEFAULT_REGION: server.region,
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_PAGER: '',
  };
}

function awsTool(server: Server, home: string, config: string): Tool {
  const env = awsEnv(server, home, config);
  const args = (op: Op, t: OpTarget): string[] => {
    const url = `s3://${t.bucket}/${t.key}`;
    switch (op) {
      case 'upload-big':
        return [t.path, url];
      case 'download-big':
        return [url, t.path];
      case 'upload-small':
        return [t.path, url, '--recursive'];
      case 'download-small':
        return [url, t.path, '--recursive'];
    }
  };
  return {
    name: 'aws',
    command: (op, t) => ({
      file: PEER_BINARIES.aws,
      args: [
        's3',
        'cp',
        ...args(op, t),
        '--endpoint-url',
        server.endpoint,
        '--only-show-errors',
        '--no-progress',
      ],
      env,
    }),
  };
}

/** s3cmd's connection flags: its config file cannot be left out, so it stays empty. */
export function s3cmdFlags(server: Server, config: string): string[] {
  const host = new URL(server.endpoint).host;
  return [
    '--config',
    config,
    '--access_key',
    server.accessKeyId,
    '--secret_key',
    server.secretAccessKey,
    '--host',
    host,
    // No %(bucket)s in it: path-style addressing.
    '--host-bucket',
    host,
    '--no-ssl',
    '--region',
    server.region,
    '--no-progress',
    '--quiet',
  ];
}

function s3cmdTool(server: Server, home: string, config: string): Tool {
  const common = s3cmdFlags(server, config);
  const args = (op: Op, t: OpTarget): string[] => {
    const url = `s3://${t.bucket}/${t.key}`;
    switch (op) {
      case 'upload-big':
        return ['put', t.path, url];
      case 'download-big':
        return ['get', url, t.path];
      // Trailing slashes: the directory's contents, not the directory, go under the prefix.
      case 'upload-small':
        return ['put', '--recursive', `${t.path}/`, url];
      case 'download-small':
        return ['get', '--recursive', url, `${t.path}/`];
    }
  };
  return {
    name: 's3cmd',
    command: (op, t) => ({
      file: PEER_BINARIES.s3cmd,
      args: [...common, ...args(op, t)],
      env: baseEnv(home),
    }),
  };
}

/** The peers, each at its own defaults, with throwaway config files under `home`. */
export async function peerTools(
  server: Server,
  home: string,
  only: readonly Peer[],
): Promise<Tool[]> {
  const { rcloneConfig, awsConfig, s3cmdConfig } = await writePeerConfigs(home);
  const all: Record<Peer, Tool> = {
    rclone: rcloneTool(server, home, rcloneConfig),
    aws: awsTool(server, home, awsConfig),
    s3cmd: s3cmdTool(server, home, s3cmdConfig),
  };
  return only.map((p) => all[p]);
}

export interface PeerConfigs {
  rcloneConfig: string;
  awsConfig: string;
  s3cmdConfig: string;
}

/** Throwaway config files under `home`, each leaving the peer at its own defaults. */
export async function writePeerConfigs(home: string): Promise<PeerConfigs> {
  const configs = {
    rcloneConfig: join(home, 'rclone.conf'),
    awsConfig: join(home, 'aws-config'),
    s3cmdConfig: join(home, 's3cfg'),
  };
  await writeFile(configs.rcloneConfig, '');
  // RGW here answers path-style requests only; everything else stays at the CLI's defaults.
  await writeFile(configs.awsConfig, '[default]\ns3 =\n  addressing_style = path\n');
  // s3cmd refuses to run without a config file; the flags carry everything that matters.
  await writeFile(configs.s3cmdConfig, '[default]\n');
  return configs;
}
