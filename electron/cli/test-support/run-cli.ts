import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleCliTo, CLI_OUTFILE } from '../../../build/cli-build.js';
import type { S3TestTarget } from '../../../e2e/fixtures/rgw.js';

const run = promisify(execFile);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** The `holdall` command bundled into `work` as `npm run build` bundles it. */
export function bundledCli(work: string): Promise<string> {
  return bundleCliTo(join(work, CLI_OUTFILE), 'test');
}

/**
 * Runs the bundled `holdall` as a user would: a home folder of its own and the connection in
 * its environment (`env` adds to or overrides it). A failure comes back with its exit code.
 */
export async function runCli(
  cli: string,
  home: string,
  target: S3TestTarget,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: home,
        HOLDALL_ENDPOINT: target.endpoint,
        HOLDALL_REGION: target.region,
        HOLDALL_ACCESS_KEY_ID: target.accessKeyId,
        HOLDALL_SECRET_ACCESS_KEY: target.secretAccessKey,
        HOLDALL_PROVIDER: 'ceph',
        ...env,
      },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
