import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { CLI_OUTFILE, cliBuildOptions } from './cli-build.js';
import { ESM_REQUIRE_SHIM, NODE_BUNDLE_BASE } from './node-bundle.js';
import { preloadBuildOptions } from './preload-build.js';

// esbuild over electron-vite: three small Node bundles need no dev server or plugin
// layer, and the renderer already has its own Vite config.
// HOLDALL_DIST_DIR lets parallel builds (and their end-to-end runs) keep apart.
const dist = process.env.HOLDALL_DIST_DIR ?? 'dist';
const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };

const common: BuildOptions = {
  ...NODE_BUNDLE_BASE,
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { HOLDALL_VERSION: JSON.stringify(version) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: `${dist}/electron/main.cjs`,
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  }),
  build({ ...preloadBuildOptions(common), outfile: `${dist}/electron/preload.cjs` }),
  build({ ...cliBuildOptions(common), outfile: `${dist}/${CLI_OUTFILE}` }),
  build({
    ...common,
    entryPoints: ['electron/web/main.ts'],
    outfile: `${dist}/web/main.mjs`,
    format: 'esm',
    target: 'node20',
    banner: { js: ESM_REQUIRE_SHIM },
  }),
]);
