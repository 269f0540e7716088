import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Type information is irrelevant to import rules and needs real files, so the
// project's config is used as-is with type-aware parsing turned off.
const eslint = new ESLint({
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules in eslint.config.js', () => {
  // Loading the config and its plugins is setup, not a check: seconds when the machine is busy,
  // which the first check would otherwise pay inside its own 5 s budget.
  beforeAll(async () => {
    await eslint.calculateConfigForFile('electron/core/probe.ts');
    await restrictedImports('electron/core/probe.ts', '');
  }, 120_000);

  it.each([
    ['electron/core/probe.ts', "import { app } from 'electron';", 'never import Electron'],
    ['electron/core/probe.ts', "import { x } from '../main/main.js';", 'must not depend on a host'],
    ['renderer/src/probe.ts', "import { readFile } from 'node:fs/promises';", 'no Node built-ins'],
    ['renderer/src/probe.ts', "import { readFile } from 'fs';", 'No Node built-ins'],
    ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';", 'contract client'],
    [
      'renderer/src/probe.ts',
      "import { createCore } from '../../electron/core/create-core.js';",
      'host code',
    ],
    ['shared/probe.ts', "import { join } from 'node:path';", 'no Node built-ins'],
    ['shared/probe.ts', "import { useState } from 'react';", 'no UI'],
    ['shared/probe.ts', "import { x } from '../electron/core/x.js';", 'imports neither side'],
    ['electron/preload/probe.ts', "import { z } from 'zod';", 'bundles no npm packages'],
  ])('%s: %s fails lint', async (filePath, code, reason) => {
    const messages = await restrictedImports(filePath, code);
    expect(messages.join('\n')).toContain(reason);
  });

  it.each([
    ['electron/core/probe.ts', "import { S3Client } from '@aws-sdk/client-s3';"],
    ['electron/core/probe.ts', "import { readFile } from 'node:fs/promises';"],
    ['shared/contract/probe.ts', "import { profileIdSchema } from '../domain/profile.js';"],
    ['renderer/src/probe.ts', "import { channels } from '../../shared/contract/channels.js';"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
    ['electron/main/probe.ts', "import { app } from 'electron';"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
