import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { expectStyledButtons } from './fixtures/styled-buttons.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { screenshotBothSchemes } from './pages/connections.js';
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

test('nothing clickable shows before the storage warning that would push it down', async ({
  page,
}) => {
  // The host's answer about secret storage is held back, as on a slow or busy machine.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/invoke/host.info', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(host.url);
  await expect(page.getByText('Starting Holdall…')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add connection' })).toHaveCount(0);

  release();
  const warning = page.getByTestId('secret-storage-warning');
  await expect(warning).toBeVisible();
  const add = page.getByRole('button', { name: 'Add connection' }).first();
  await expect(add).toBeVisible();
  // The sidebar starts below the warning: the button is where it first appeared.
  const warningBox = await warning.boundingBox();
  const addBox = await add.boundingBox();
  expect(addBox?.y).toBeGreaterThan((warningBox?.y ?? 0) + (warningBox?.height ?? 0) - 1);
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

test('the key-file warning can be acknowledged; it then lives in About Holdall, also after a restart', async ({
  page,
}, testInfo) => {
  await page.goto(host.url);
  const banner = page.getByRole('region', { name: 'Where secrets are kept' });
  await expect(banner).toContainText('weaker than the operating system keychain');
  await expect(banner).toContainText('It stays readable under About Holdall.');
  await screenshotBothSchemes(page, testInfo, 'storage-banner');
  await expectAccessible(page, 'storage warning banner');
  await expectStyledButtons(banner);

  await banner.getByRole('button', { name: 'Got it: stop showing this warning' }).click();
  await expect(banner).toBeHidden();
  // Remembered by the host, in its data folder.
  const stored = JSON.parse(
    await readFile(join(host.dataDir, 'acknowledgements.json'), 'utf8'),
  ) as unknown;
  expect(stored).toEqual({ secretStorage: 'key-file' });

  await page.getByRole('button', { name: 'About', exact: true }).click();
  const about = page.getByRole('dialog', { name: 'About Holdall' });
  await expect(about).toContainText('Browser host');
  await expect(about).toContainText('Encrypted with a key file in Holdall’s data folder');
  await expect(about.getByTestId('about-storage-warning')).toContainText(
    'weaker than the operating system keychain',
  );
  await expect(about).toContainText('You have read this warning');
  await screenshotBothSchemes(page, testInfo, 'about-holdall');
  await expectAccessible(page, 'About Holdall');
  await expectStyledButtons(about);
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();

  await host.stop();
  host = await startBrowserHost(host.dataDir);
  await page.goto(host.url);
  await new HoldallApp(page).expectFirstRun();
  await expect(page.getByRole('region', { name: 'Where secrets are kept' })).toHaveCount(0);

  // A new data folder has not been acknowledged: the banner is back there.
  await host.stop();
  host = await startBrowserHost();
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Where secrets are kept' })).toBeVisible();
});

test.describe('on a system set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the warning, its acknowledgement and About Holdall speak Chinese', async ({ page }) => {
    await page.goto(host.url);
    const banner = page.getByRole('region', { name: '密钥的存放位置' });
    await expect(banner).toContainText('之后仍可在“关于 Holdall”中查看。');
    await banner.getByRole('button', { name: '知道了：不再显示此警告' }).click();
    await expect(banner).toBeHidden();
    await page.getByRole('button', { name: '关于', exact: true }).click();
    const about = page.getByRole('dialog', { name: '关于 Holdall' });
    await expect(about).toContainText('浏览器模式');
    await expect(about).toContainText('密钥文件');
    await expect(about).toContainText('你已阅读此警告，它不再以横幅形式显示。');
  });
});
