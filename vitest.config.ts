import { defineConfig } from 'vitest/config';

const sources = ['shared', 'electron', 'renderer', 'build', 'e2e'].map((dir) => `${dir}/**/`);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: sources.map((dir) => `${dir}*.test.ts`),
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
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
