import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleCliTo } from '../../cli-build.js';
import { ESM_REQUIRE_SHIM, NODE_BUNDLE_BASE } from '../../node-bundle.js';

export const RUNNER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'holdall-runner.ts');

/**
 * The runner bundled the way the app ships its Node side (build/bundle-node.ts): measured
 * under tsx, the engine would carry tsx's ~30 MiB and ~0.1 s of start-up that users never pay.
 */
export async function bundleRunner(outDir: string, source = RUNNER_SOURCE): Promise<string> {
  const outfile = join(outDir, `${basename(source, '.ts')}.mjs`);
  await build({
    entryPoints: [source],
    outfile,
    ...NODE_BUNDLE_BASE,
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: ESM_REQUIRE_SHIM },
  });
  return outfile;
}

/** The `holdall` command bundled exactly as `npm run build` bundles it (build/cli-build.ts). */
export function bundleCli(outDir: string): Promise<string> {
  return bundleCliTo(join(outDir, 'holdall.mjs'), 'bench');
}
