import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'firstrun');
  await bucket.put({ 'readme.txt': 'hello', 'docs/guide.md': '# Guide', 'docs/notes.txt': 'n' });
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
});

test('a new user adds a connection to the local RGW and browses a bucket', async ({
  page,
}, testInfo) => {
  const app = new HoldallApp(page);
  await page.goto(host.url);
  await app.expectFirstRun();
  await expect(page.getByTestId('secret-storage-warning')).toContainText(
    'weaker than the operating system keychain',
  );

  await page.screenshot({ path: testInfo.outputPath('first-run.png') });

  await app.addConnection('Local RGW', s3Target(), testInfo.outputPath('connection-dialog.png'));
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);

  await expect(app.row('docs/')).toBeVisible();
  await expect(app.row('readme.txt')).toContainText('5 B');
  await page.screenshot({ path: testInfo.outputPath('bucket-root.png'), fullPage: true });

  await app.row('docs/').dblclick();
  await expect(app.row('guide.md')).toBeVisible();
  await expect(app.row('notes.txt')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('docs');
  await page.screenshot({ path: testInfo.outputPath('folder.png'), fullPage: true });

  // The secret went to the host, sealed: the stored file never holds it in the clear.
  const stored = await readFile(join(host.dataDir, 'profiles.json'), 'utf8');
  expect(stored).toContain('Local RGW');
  expect(stored).not.toContain(s3Target().secretAccessKey);
});

test('the connection survives a restart of the host', async ({ page }) => {
  const app = new HoldallApp(page);
  await page.goto(host.url);
  await app.addConnection('Persistent', s3Target());
  await host.stop();
  host = await startBrowserHost(host.dataDir);
  await page.goto(host.url);
  await expect(
    app.connections.getByRole('treeitem', { name: 'Persistent', exact: true }),
  ).toBeVisible();
  await app.openConnection('Persistent');
  await expect(
    app.connections.getByRole('treeitem', { name: bucket.name, exact: true }),
  ).toBeVisible();
});
