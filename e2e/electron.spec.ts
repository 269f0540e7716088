import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { probeElectron } from '../electron/launcher/electron-probe.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';

const root = resolve(import.meta.dirname, '..');

test('the desktop app: first connection, buckets and objects, in a sandboxed window', async () => {
  const probe = probeElectron(root);
  if (!probe.ok) {
    const reason = `Electron cannot run here: ${probe.reason}`;
    console.log(`skipped: ${reason}`);
    test.skip(true, reason);
    return;
  }
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'electron');
  await bucket.put({ 'readme.txt': 'hello', 'docs/guide.md': '# Guide' });
  const app = await electron.launch({
    executablePath: probe.binary,
    args: [root],
    env: { ...process.env, HOLDALL_DATA_DIR: await mkdtemp(join(tmpdir(), 'holdall-electron-')) },
  });
  try {
    const window = await app.firstWindow();
    // The renderer must see neither Node nor Electron, only the contract bridge.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    const holdall = new HoldallApp(window);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    await expect(holdall.row('docs/')).toBeVisible();
    await expect(holdall.row('readme.txt')).toBeVisible();
    await window.screenshot({ path: test.info().outputPath('electron-bucket.png') });
  } finally {
    await app.close();
    await bucket.remove();
  }
});
