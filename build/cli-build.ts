import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { ESM_REQUIRE_SHIM, NODE_BUNDLE_BASE } from './node-bundle.js';

/** Where the `holdall` command is bundled, relative to the dist folder (package.json's bin). */
export const CLI_OUTFILE = 'cli/holdall.mjs';

/**
 * How the `holdall` command is bundled: one ESM file for Node with everything inlined, so
 * `npx holdall` starts without resolving the app's dependencies.
 */
export function cliBuildOptions(common: BuildOptions): BuildOptions {
  return {
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    format: 'esm',
    target: 'node20',
    banner: { js: `#!/usr/bin/env node\n${ESM_REQUIRE_SHIM}` },
  };
}

/**
 * Bundles the `holdall` command to `outfile` as `npm run build` does, outside the dist folder:
 * for the benchmarks and the tests that run it as a user would.
 */
export async function bundleCliTo(outfile: string, version: string): Promise<string> {
  await build({
    ...cliBuildOptions({
      ...NODE_BUNDLE_BASE,
      logLevel: 'warning',
      define: { HOLDALL_VERSION: JSON.stringify(version) },
    }),
    outfile,
  });
  return outfile;
}
