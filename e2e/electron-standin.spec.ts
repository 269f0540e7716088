import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { bootElectronMain } from './fixtures/electron-standin/boot.js';
import type { StandinApp } from './fixtures/electron-standin/boot.js';
import { HoldallApp } from './pages/holdall-app.js';

const root = resolve(import.meta.dirname, '..');
const distDir = process.env.HOLDALL_DIST_DIR ?? join(root, 'dist');

const test = base.extend<{ electronApp: StandinApp }>({
  electronApp: async ({ browser }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'holdall-standin-'));
    const app = await bootElectronMain({ browser, distDir, dataDir, root });
    try {
      await use(app);
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

test('boots', async ({ electronApp }) => {
  const holdall = new HoldallApp(electronApp.page);
  await holdall.expectFirstRun();
});
