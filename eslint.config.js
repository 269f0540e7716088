// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Exact names as paths: as gitignore-style patterns, 'domain' would also match '../domain/x.js'.
const nodeBuiltinPaths = builtinModules.map((name) => ({
  name,
  message: 'No Node built-ins in this layer.',
}));
const electronModule = ['electron', 'electron/*'];

/** One place per layer says what it may not import (see docs/architecture in README). */
const layers = {
  shared: {
    files: ['shared/**/*.ts'],
    paths: nodeBuiltinPaths,
    patterns: [
      { group: ['node:*'], message: 'shared/ runs on both sides: no Node built-ins.' },
      { group: electronModule, message: 'shared/ must not import Electron.' },
      { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ holds no UI.' },
      {
        group: ['**/electron/**', '**/renderer/**', '../../electron/**', '../../renderer/**'],
        message: 'shared/ imports neither side.',
      },
    ],
  },
  core: {
    files: ['electron/core/**/*.ts'],
    patterns: [
      { group: electronModule, message: 'electron/core is plain Node: never import Electron.' },
      {
        group: [
          '../main/*',
          '../web/*',
          '../../main/*',
          '../../web/*',
          '**/electron/main/**',
          '**/electron/web/**',
        ],
        message: 'core must not depend on a host.',
      },
      { group: ['**/renderer/**'], message: 'core must not import the renderer.' },
    ],
  },
  renderer: {
    files: ['renderer/**/*.{ts,tsx}'],
    // Vite's config runs in Node at build time, not in the sandboxed window.
    ignores: ['renderer/vite.config.ts'],
    paths: nodeBuiltinPaths,
    patterns: [
      { group: ['node:*'], message: 'The renderer runs sandboxed: no Node built-ins.' },
      {
        group: electronModule,
        message: 'The renderer talks to the host only through the contract client.',
      },
      {
        group: ['**/electron/**', '../electron/*'],
        message: 'The renderer must not import host code.',
      },
    ],
  },
  cli: {
    files: ['electron/cli/**/*.ts'],
    patterns: [
      {
        group: electronModule,
        message: 'The command line runs in plain Node: never import Electron.',
      },
      {
        group: ['../main/*', '../web/*', '**/electron/main/**', '**/electron/web/**'],
        message: 'The command line is a host of its own: it uses the core, not another host.',
      },
      { group: ['**/renderer/**'], message: 'The command line must not import the renderer.' },
    ],
  },
  preload: {
    files: ['electron/preload/**/*.ts'],
    // Tests run in Node under vitest and are never bundled into the preload.
    ignores: ['electron/preload/**/*.test.ts'],
    patterns: [
      {
        regex: '^(?!electron$|\\.{1,2}/)',
        message: 'The preload bundles no npm packages: only electron and zod-free shared code.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      // Small files that do one thing; stylesheets are held to the same by build/file-size.test.ts.
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...Object.values(layers).map((layer) => ({
    files: layer.files,
    ...('ignores' in layer ? { ignores: layer.ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: layer.patterns, ...('paths' in layer ? { paths: layer.paths } : {}) },
      ],
    },
  })),
  {
    // Tool configs (and Playwright's global setup) are the one place a default export is required.
    files: ['*.config.{js,ts}', '**/*.config.{js,ts}', 'e2e/fixtures/playwright-global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
