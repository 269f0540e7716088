import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectPropertiesPage } from './pages/object-properties.js';

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'props');
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
});

async function bytesOf(key: string): Promise<string> {
  const out = await admin.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
  return out.Body!.transformToString();
}

async function openBucket(page: Page): Promise<HoldallApp> {
  const app = new HoldallApp(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  return app;
}

test('properties show what the server stores, and edits are stored with the rest kept', async ({
  page,
}, testInfo) => {
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: 'report.txt',
      Body: 'hello properties',
      ContentType: 'text/plain',
      CacheControl: 'no-cache',
      ContentDisposition: 'inline',
      ContentLanguage: 'en',
      Metadata: { author: 'ada', keep: 'me' },
    }),
  );
  await openBucket(page);
  const ui = new ObjectPropertiesPage(page);
  const dialog = ui.properties('report.txt');

  await test.step('Alt+Enter on a selected object opens its properties', async () => {
    await ui.row('report.txt').click();
    await page.keyboard.press('Alt+Enter');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  const before = await admin.send(
    new HeadObjectCommand({ Bucket: bucket.name, Key: 'report.txt' }),
  );
  await test.step('the menu opens them with every stored value', async () => {
    await ui.fromRowMenu('report.txt', 'Properties…');
    await expect(dialog.getByTestId('prop-key')).toHaveText('report.txt');
    await expect(dialog.getByTestId('prop-size')).toHaveText('16 B (16 bytes)');
    await expect(dialog.getByTestId('prop-etag')).toHaveText(before.ETag!);
    await expect(dialog.getByLabel('Content-Type')).toHaveValue('text/plain');
    await expect(dialog.getByLabel('Cache-Control')).toHaveValue('no-cache');
    await expect(dialog.getByLabel('Content-Disposition')).toHaveValue('inline');
    await expect(dialog.getByLabel('Content-Language')).toHaveValue('en');
    await expect(dialog.getByLabel('Storage class')).toHaveValue('STANDARD');
    expect(await ui.metadataRows(dialog)).toEqual([
      ['author', 'ada'],
      ['keep', 'me'],
    ]);
    await screenshotBothSchemes(page, testInfo, 'object-properties');
  });

  await test.step('an invalid metadata name is named and nothing is sent', async () => {
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await ui.metadataName(dialog, 3).fill('bad key');
    await ui.metadataValue(dialog, 3).fill('x');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Names may hold letters, digits')).toBeVisible();
    await expect(ui.metadataName(dialog, 3)).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('alert')).toContainText('nothing was sent');
    await ui.metadataName(dialog, 3).fill('Author');
    await expect(dialog.getByText('This name is already used')).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'object-properties-invalid');
    const now = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'report.txt' }));
    expect(now.ETag).toBe(before.ETag);
    expect(now.LastModified).toEqual(before.LastModified);
    expect(now.Metadata).toEqual({ author: 'ada', keep: 'me' });
    await dialog.getByRole('button', { name: 'Remove metadata Author', exact: true }).click();
  });

  await test.step('edits to type, caching, metadata and class are stored; the rest survives', async () => {
    await dialog.getByLabel('Content-Type').fill('text/markdown');
    await dialog.getByLabel('Cache-Control').fill('max-age=60');
    await ui.metadataValue(dialog, 1).fill('grace');
    await dialog.getByLabel('Storage class').selectOption('REDUCED_REDUNDANCY');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByRole('status')).toContainText('Saved');
    // The dialog shows the server's answer to a fresh HEAD.
    await expect(dialog.getByLabel('Storage class')).toHaveValue('REDUCED_REDUNDANCY');
    await expect(dialog.getByLabel('Content-Type')).toHaveValue('text/markdown');

    const head = await admin.send(
      new HeadObjectCommand({ Bucket: bucket.name, Key: 'report.txt' }),
    );
    expect(head).toMatchObject({
      ContentType: 'text/markdown',
      CacheControl: 'max-age=60',
      ContentDisposition: 'inline',
      ContentLanguage: 'en',
      StorageClass: 'REDUCED_REDUNDANCY',
      Metadata: { author: 'grace', keep: 'me' },
      ContentLength: 16,
    });
    expect(await bytesOf('report.txt')).toBe('hello properties');
  });
});

test('a share link for an hour downloads the object; 8 days is refused', async ({
  page,
  context,
}, testInfo) => {
  await bucket.put({ 'photos/cat.txt': 'meow bytes' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(host.url).origin,
  });
  await openBucket(page);
  const ui = new ObjectPropertiesPage(page);
  await ui.row('photos/').dblclick();
  const dialog = ui.dialog('Share cat.txt');

  await test.step('8 days is over SigV4’s limit and is refused with the reason', async () => {
    await ui.fromRowMenu('cat.txt', 'Share link…');
    await ui.customExpiry(dialog, '8', 'days');
    await expect(dialog.getByRole('alert')).toHaveText(
      'At most 7 days: SigV4 presigned links and forms cannot live longer.',
    );
    await expect(dialog.getByRole('button', { name: 'Create link' })).toBeDisabled();
    await screenshotBothSchemes(page, testInfo, 'share-link-refused');
  });

  await test.step('1 hour: the copied URL serves the bytes to anyone', async () => {
    await dialog.getByRole('radio', { name: '1 hour' }).check();
    await dialog.getByLabel('Download as (optional)').fill('kitty 猫.txt');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const url = dialog.getByTestId('share-url');
    await expect(url).toHaveValue(/^http.*X-Amz-Expires=3600/);
    await expect(dialog.getByTestId('share-expires')).toContainText('Expires');
    await dialog.getByRole('button', { name: 'Copy Presigned URL' }).click();
    await expect(dialog.getByText('Copied')).toBeVisible();
    // A string, not a function: the e2e project has no DOM types.
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toBe(await url.inputValue());
    await screenshotBothSchemes(page, testInfo, 'share-link');

    const response = await fetch(copied);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('meow bytes');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="kitty _.txt"; filename*=UTF-8''kitty%20%E7%8C%AB.txt`,
    );
  });

  await test.step('the command palette offers the same for the selected object', async () => {
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await ui.row('cat.txt').click();
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('share link');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '1 hour' })).toBeChecked();
  });
});

test('an upload form for a folder takes a file posted through the generated HTML', async ({
  page,
  context,
}, testInfo) => {
  await bucket.put({ 'inbox/readme.txt': 'drop files here' });
  await openBucket(page);
  const ui = new ObjectPropertiesPage(page);
  const dialog = ui.dialog('Upload form for inbox/');

  await test.step('generate a form limited to 1 MiB answering 201', async () => {
    await ui.fromRowMenu('inbox/', 'Upload form…');
    await expect(dialog.getByLabel('Key prefix')).toHaveValue('inbox/');
    await dialog.getByRole('textbox', { name: 'Maximum' }).fill('1');
    await dialog.getByLabel('Answer on success').selectOption('201');
    await dialog.getByRole('button', { name: 'Create form' }).click();
    await expect(dialog.getByTestId('post-html')).toHaveValue(/<form action="http/);
    await expect(dialog.getByTestId('post-curl')).toHaveValue(/^curl /);
    await screenshotBothSchemes(page, testInfo, 'upload-form');
  });

  await test.step('the form, opened as a page, uploads a file under the folder', async () => {
    const html = await dialog.getByTestId('post-html').inputValue();
    const formPage = await context.newPage();
    await formPage.setContent(html);
    await formPage.locator('input[type="file"]').setInputFiles({
      name: 'hello.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('posted through the form'),
    });
    await formPage.getByRole('button', { name: 'Upload' }).click();
    // What the person sees: the server's answer to a 201 is an XML document naming the key
    // (a 204 shows an empty page), so no network event has to be caught in flight.
    await expect(formPage.locator('body')).toContainText('PostResponse');
    await expect(formPage.locator('body')).toContainText('inbox/hello.txt');
    expect(await bytesOf('inbox/hello.txt')).toBe('posted through the form');
    await formPage.close();
  });
});

test('the Actions menu offers an upload form for the folder shown when nothing is selected', async ({
  page,
}) => {
  await bucket.put({ 'inbox/readme.txt': 'drop files here' });
  await openBucket(page);
  const ui = new ObjectPropertiesPage(page);
  await ui.row('inbox/').dblclick();
  await expect(ui.row('readme.txt')).toBeVisible();
  await page.getByRole('button', { name: /^Actions( ▾)?$/ }).click();
  await expect(ui.menuItem('Share link…')).toHaveAttribute('aria-disabled', 'true');
  await ui.menuItem('Upload form…').click();
  const dialog = ui.dialog('Upload form for inbox/');
  await expect(dialog.getByLabel('Key prefix')).toHaveValue('inbox/');
  await dialog.getByLabel('Content-Type (optional)').fill('text/');
  await dialog.getByLabel('Content-Type match').selectOption('prefix');
  await dialog.getByRole('button', { name: 'Create form' }).click();
  const html = dialog.getByTestId('post-html');
  await expect(html).toHaveValue(/name="Content-Type" value="text\/" required/);

  // The generated fields, posted as a browser would, with the type completed by the uploader.
  const fields = [...(await html.inputValue()).matchAll(/name="([^"]+)" value="([^"]*)"/g)];
  const form = new FormData();
  for (const [, name, value] of fields) {
    const text = (value ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    form.append(name ?? '', name === 'Content-Type' ? 'text/csv' : text);
  }
  form.append('file', new Blob(['a,b']), 'table.csv');
  const action = /<form action="([^"]+)"/.exec(await html.inputValue())?.[1] ?? '';
  const response = await fetch(action.replace(/&amp;/g, '&'), { method: 'POST', body: form });
  expect([201, 204]).toContain(response.status);
  const head = await admin.send(
    new HeadObjectCommand({ Bucket: bucket.name, Key: 'inbox/table.csv' }),
  );
  expect(head.ContentType).toBe('text/csv');
});

test('the dialogs read in Simplified Chinese', async ({ page }, testInfo) => {
  await bucket.put({ '报告.txt': '你好', 'inbox/readme.txt': 'x' });
  await openBucket(page);
  await page.getByLabel('Language').selectOption('zh-CN');
  const row = page.getByRole('grid', { name: '对象' }).getByRole('row', { name: '报告.txt' });
  await row.click();
  await page.keyboard.press('Alt+Enter');
  const properties = page.getByRole('dialog', { name: '“报告.txt”的属性' });
  await expect(properties.getByLabel('存储类型')).toHaveValue('STANDARD');
  await screenshotBothSchemes(page, testInfo, 'object-properties-zh');
  await properties.getByRole('button', { name: '关闭' }).click();

  await row.click({ button: 'right' });
  await page.getByRole('menuitem', { name: /^分享链接…/ }).click();
  const share = page.getByRole('dialog', { name: '分享“报告.txt”' });
  await share.getByRole('radio', { name: '自定义' }).check();
  await share.getByRole('textbox', { name: '数值' }).fill('8');
  await share.getByRole('combobox', { name: '单位' }).selectOption('days');
  await expect(share.getByRole('alert')).toHaveText(
    '最长 7 天：SigV4 预签名链接和表单的有效期不能更长。',
  );
  await screenshotBothSchemes(page, testInfo, 'share-link-zh');
});
