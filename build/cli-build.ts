import type { BuildOptions } from 'esbuild';

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
    banner: {
      // Bundled CommonJS dependencies still call require() for Node built-ins.
      js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  };
}
