import type { BuildOptions } from 'esbuild';
import { CONTRACT_NAMES_DEFINE } from '../shared/contract/contract-names.js';

/**
 * How the preload is bundled. A sandboxed preload may only require 'electron': everything
 * else is inlined, and the contract's names are written in from the maps.
 */
export function preloadBuildOptions(common: BuildOptions): BuildOptions {
  return {
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    define: { ...common.define, ...CONTRACT_NAMES_DEFINE },
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
  };
}
