import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { TransferSettings } from '../shared/domain/transfer-settings.js';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { TransferSettingsPage } from './pages/transfer-settings.js';

const KiB = 1024;
const MiB = 1024 * 1024;

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'xsettings');
  await bucket.put({ 'existing.txt': 'already here' });
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
});

async function openApp(page: Page): Promise<TransferSettingsPage> {
  const app = new HoldallApp(page);
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  return new TransferSettingsPage(page);
}

function storedSettings(settings: TransferSettingsPage): Promise<TransferSettings> {
  return settings.transfers.invoke<TransferSettings>('transfers.settings.get', {});
}

test('saving 512 KiB/s and 2 files at once stores them, shows the limit and reopens with them', async ({
  page,
}, testInfo) => {
  const settings = await openApp(page);
  await expect(settings.limitNote).toHaveCount(0);
  const before = await storedSettings(settings);

  await settings.open();
  await expect(settings.filesAtOnce).toHaveValue(String(before.concurrency));
  await expect(settings.limitOn).not.toBeChecked();
  await expect(settings.limitValue).toBeDisabled();
  await settings.filesAtOnce.fill('2');
  await settings.limitOn.check();
  await settings.limitValue.fill('512');
  await expect(settings.limitUnit).toHaveValue('KiB');
  await expectAccessible(page, 'transfer settings dialog');
  await screenshotBothSchemes(page, testInfo, 'transfer-settings-dialog');
  await settings.save.click();
  await expect(settings.dialog).toBeHidden();

  expect(await storedSettings(settings)).toEqual({
    ...before,
    concurrency: 2,
    bandwidthLimitBytesPerSec: 512 * KiB,
  });
  await expect(settings.limitNote).toHaveText('Limited to 512 KiB/s');
  await expectAccessible(page, 'transfers panel with a bandwidth limit');
  await screenshotBothSchemes(page, testInfo, 'transfer-settings-header');

  // After a reload the dialog and the note come from what the host stored, not from memory.
  await page.reload();
  await expect(settings.limitNote).toHaveText('Limited to 512 KiB/s');
  await settings.open();
  await expect(settings.filesAtOnce).toHaveValue('2');
  await expect(settings.partsPerFile).toHaveValue(String(before.partConcurrency));
  await expect(settings.limitOn).toBeChecked();
  await expect(settings.limitValue).toHaveValue('512');
  await expect(settings.limitUnit).toHaveValue('KiB');
});

test('invalid values show what is wrong as they are typed, and Save sends nothing', async ({
  page,
}, testInfo) => {
  const settings = await openApp(page);
  const before = await storedSettings(settings);
  const sets: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/invoke/transfers.settings.set')) sets.push(request.url());
  });

  await settings.open();
  await settings.limitOn.check();
  await settings.limitValue.fill('8');
  await settings.expectError(settings.limitValue, 'The limit must be at least 16 KiB/s');
  await settings.filesAtOnce.fill('0');
  await settings.expectError(settings.filesAtOnce, 'Enter a whole number from 1 to 32');
  await settings.partsPerFile.fill('33');
  await settings.expectError(settings.partsPerFile, 'Enter a whole number from 1 to 32');
  await expectAccessible(page, 'transfer settings dialog with errors');
  await screenshotBothSchemes(page, testInfo, 'transfer-settings-invalid');

  await settings.save.click();
  await expect(settings.dialog).toBeVisible();
  expect(sets).toEqual([]);
  expect(await storedSettings(settings)).toEqual(before);
  await expect(settings.limitNote).toHaveCount(0);

  // Fixing a field clears its message; MiB/s counts as the larger unit.
  await settings.limitUnit.selectOption('MiB');
  await settings.expectValid(settings.limitValue);

  await settings.cancel.click();
  await expect(settings.dialog).toBeHidden();
  expect(sets).toEqual([]);
  expect(await storedSettings(settings)).toEqual(before);
});

test('turning the limit off stores no limit; the palette opens the same dialog', async ({
  page,
}) => {
  const settings = await openApp(page);
  await settings.transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: 3 * MiB });
  await page.reload();
  await expect(settings.limitNote).toHaveText('Limited to 3 MiB/s');

  const palette = new CommandPalettePage(page);
  await palette.openWithKeyboard();
  await palette.run('transfer settings', 'Transfer settings…');
  await expect(settings.dialog).toBeVisible();
  await expect(settings.limitOn).toBeChecked();
  await expect(settings.limitValue).toHaveValue('3');
  await expect(settings.limitUnit).toHaveValue('MiB');

  await settings.limitOn.uncheck();
  await expect(settings.limitValue).toBeDisabled();
  await settings.save.click();
  await expect(settings.dialog).toBeHidden();

  expect((await storedSettings(settings)).bandwidthLimitBytesPerSec).toBeNull();
  await expect(settings.limitNote).toHaveCount(0);
});
