import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { bucketSession } from './fixtures/bucket-session.js';
import type { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { TransferSettingsPage } from './pages/transfer-settings.js';
import { TransfersPage } from './pages/transfers.js';
import type { PageFile } from './pages/transfers.js';

// A name that exists in the bucket gets the user's upload conflict policy ("Ask me" unless
// changed in the transfer settings), whichever way the files came. Checked with a plain SDK
// client against RGW.

const session = bucketSession('upconf');
const { admin } = session;

const file = (name: string, content: string): PageFile => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

async function stored(key: string): Promise<string> {
  const out = await admin.send(new GetObjectCommand({ Bucket: session.bucketName(), Key: key }));
  return (await out.Body?.transformToString()) ?? '';
}

async function keys(): Promise<string[]> {
  const out = await admin.send(new ListObjectsV2Command({ Bucket: session.bucketName() }));
  return (out.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key])).sort();
}

async function openBucket(page: Page): Promise<{ app: HoldallApp; transfers: TransfersPage }> {
  await session.put('a.txt', 'server a');
  await session.put('b.txt', 'server b');
  return { app: await session.open(page), transfers: new TransfersPage(page) };
}

async function themedShots(page: Page, info: TestInfo, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: info.outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Chooses the upload policy in the transfer settings and saves it. */
async function setUploadPolicy(page: Page, label: string): Promise<void> {
  const settings = new TransferSettingsPage(page);
  await settings.open();
  const field = settings.dialog.getByRole('combobox', {
    name: 'Uploads: if a name already exists',
  });
  await field.selectOption({ label });
  await settings.save.click();
  await expect(settings.dialog).toBeHidden();
}

test('three files dropped where two exist: the panel asks, and "apply to all" keeps both', async ({
  page,
}, testInfo) => {
  const { app, transfers } = await openBucket(page);
  await transfers.dropFiles(app.objects, [
    file('a.txt', 'dropped a'),
    file('b.txt', 'dropped b'),
    file('c.txt', 'dropped c'),
  ]);
  await transfers.expand();
  // One drop, one row; either existing name may be asked about first, in that row, which says
  // it waits for the person.
  const asking = transfers.job('3 items');
  const question = asking.getByRole('group');
  await expect(question).toContainText('already exists in the bucket. Replace it?');
  await expect(asking.locator('.transfer-state')).toHaveText('Waiting for your answer');
  await expect(transfers.summary).toContainText('waiting for your answer');
  await expectAccessible(page, 'an upload asking about a name that exists');
  await themedShots(page, testInfo, 'upload-question');

  await question.getByRole('checkbox', { name: 'Apply to the other files too' }).check();
  await question.getByRole('button', { name: 'Keep both' }).click();
  await transfers.expectDone('3 items');
  await expect(asking).toContainText('3 of 3 files');
  await expect(transfers.region.getByRole('group')).toHaveCount(0);

  expect(await keys()).toEqual(['a (1).txt', 'a.txt', 'b (1).txt', 'b.txt', 'c.txt']);
  expect(await stored('a.txt')).toBe('server a');
  expect(await stored('b.txt')).toBe('server b');
  expect(await stored('a (1).txt')).toBe('dropped a');
  expect(await stored('b (1).txt')).toBe('dropped b');
  expect(await stored('c.txt')).toBe('dropped c');
});

test('with "Skip" set, picked files leave the server bytes untouched; with "Overwrite", they replace them', async ({
  page,
}) => {
  const { transfers } = await openBucket(page);
  await setUploadPolicy(page, 'Skip');
  await transfers.filesInput.setInputFiles({
    name: 'a.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('picked a'),
  });
  await transfers.expand();
  await transfers.expectDone('a.txt');
  await expect(transfers.job('a.txt')).toContainText('1 skipped');
  expect(await stored('a.txt')).toBe('server a');

  // The choice is kept by this window: a reload still skips, then Overwrite replaces.
  await page.reload();
  const settings = new TransferSettingsPage(page);
  await settings.open();
  await expect(
    settings.dialog.getByRole('combobox', { name: 'Uploads: if a name already exists' }),
  ).toHaveValue('skip');
  await settings.cancel.click();
  await setUploadPolicy(page, 'Overwrite');
  await transfers.region.getByRole('button', { name: 'Clear finished' }).click();
  await transfers.filesInput.setInputFiles({
    name: 'b.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('picked b'),
  });
  await transfers.expectDone('b.txt');
  await expect(transfers.job('b.txt')).not.toContainText('skipped');
  expect(await stored('b.txt')).toBe('picked b');
  expect(await keys()).toEqual(['a.txt', 'b.txt']);
});

test('the setting and the question in Simplified Chinese', async ({ page }, testInfo) => {
  const { transfers } = await openBucket(page);
  await transfers.expand();
  await new LanguagesPage(page).choose('简体中文');
  const region = page.getByRole('region', { name: '活动' });
  await region.getByRole('button', { name: '设置…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '传输设置' });
  const field = dialog.getByRole('combobox', { name: '上传时名称已存在' });
  await expect(field).toHaveValue('ask');
  await expect(field).toHaveAccessibleDescription(/问题显示在活动面板中/);
  await themedShots(page, testInfo, 'upload-setting-zh');
  await dialog.getByRole('button', { name: '取消', exact: true }).click();

  await transfers.dropFiles(page.getByRole('grid', { name: '对象' }), [file('a.txt', 'dropped a')]);
  const job = region.getByRole('listitem', { name: 'a.txt', exact: true });
  await expect(job.getByRole('group')).toContainText('存储桶中已存在“a.txt”。要替换吗？');
  await themedShots(page, testInfo, 'upload-question-zh');
  await job.getByRole('button', { name: '跳过', exact: true }).click();
  await expect(job.locator('.transfer-state')).toHaveText('已完成');
  expect(await stored('a.txt')).toBe('server a');
});
