import type { BuildOptions } from 'esbuild';

/**
 * What every Node-side bundle shares (the Electron main process, the browser host, the
 * `holdall` command, and the benchmarks' runners, so they measure what ships). Packages' ES
 * module builds come first: esbuild can drop what is never imported from them, where the
 * CommonJS builds pull in every command of the S3 client. Measured on the transfer runner:
 * 2.3 → 1.9 MB of code, 13 MiB less JavaScript heap and ~0.03 CPU-s less start-up.
 */
export const NODE_BUNDLE_BASE = {
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
} as const satisfies BuildOptions;

/** Bundled CommonJS dependencies still call require() for Node built-ins in an ESM bundle. */
export const ESM_REQUIRE_SHIM =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
