import { defineConfig } from 'vitest/config';
import { CONTRACT_NAMES_DEFINE } from './shared/contract/contract-names.js';

const sources = ['shared', 'electron', 'renderer', 'build', 'e2e'].map((dir) => `${dir}/**/`);

export default defineConfig({
  test: {
    projects: [
      {
        // The preload's allowlist, as the build writes it in.
        define: CONTRACT_NAMES_DEFINE,
        test: {
          name: 'unit',
          environment: 'node',
          include: sources.map((dir) => `${dir}*.test.ts`),
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
          globalSetup: ['e2e/fixtures/vitest-unit-setup.ts'],
        },
      },
      {
        test: {
          name: 'int',
          environment: 'node',
          include: sources.map((dir) => `${dir}*.int.test.ts`),
          exclude: ['**/node_modules/**'],
          globalSetup: ['e2e/fixtures/vitest-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
