import { defineConfig } from 'vitest/config';

// The SDK warns on every worker that Node 20 support ends in 2027; the README says so once.
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

const sources = ['shared', 'electron', 'renderer', 'build', 'e2e'].map((dir) => `${dir}/**/`);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          env,
          include: sources.map((dir) => `${dir}*.test.ts`),
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          environment: 'node',
          env,
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
