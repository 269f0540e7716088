import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectAclCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { samplePng } from './fixtures/preview-samples.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';
import { OpenDownloadPage } from './pages/open-download.js';
import { TransferSettingsPage } from './pages/transfer-settings.js';

// The copy actions are checked by reading the clipboard back.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;
/** The host's home folder: where its download-folder picker starts. */
let home: string;

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-e2e-open-'));
  host = await startBrowserHost(undefined, { HOME: home });
  bucket = await createTestBucket(admin, 'open');
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
  await rm(home, { recursive: true, force: true });
});

async function put(key: string, body: Buffer | string, contentType?: string): Promise<void> {
  await admin.send(
    new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: body, ContentType: contentType }),
  );
}

async function openBucket(page: Page): Promise<OpenDownloadPage> {
  const ui = new OpenDownloadPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(host.url);
  await ui.app.addConnection('Local RGW', s3Target());
  await ui.app.openConnection('Local RGW');
  await ui.app.openBucket(bucket.name);
  return ui;
}

/** A folder below the home folder for a test's downloads, and its path segments. */
async function downloadFolder(name: string): Promise<{ path: string; segments: string[] }> {
  const path = join(home, name);
  await mkdir(path, { recursive: true });
  return { path, segments: [name] };
}

test('double-click and Enter open a file’s preview and a folder in the list; preview zooms and downloads', async ({
  page,
}, testInfo) => {
  const png = samplePng(800, 600);
  await put('photo.png', png, 'image/png');
  await put('notes.txt', 'plain words', 'text/plain');
  await put('docs/inside.txt', 'inside');
  const ui = await openBucket(page);

  await test.step('double-click on a file opens its preview', async () => {
    await ui.doubleClick('notes.txt');
    const dialog = ui.preview('notes.txt');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('preview-code')).toContainText('plain words');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('Enter on a file opens its preview; the image fits, then 100 %, + and −', async () => {
    await ui.pressEnterOn('photo.png');
    const dialog = ui.preview('photo.png');
    const image = dialog.getByRole('img', { name: 'Image photo.png' });
    await expect(image).toBeVisible();
    const zoom = dialog.getByRole('group', { name: /^Zoom/ });
    const level = dialog.getByTestId('preview-zoom');
    await expect(zoom.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
    await zoom.getByRole('button', { name: '100 %' }).click();
    await expect(level).toHaveText('100 %');
    await expect.poll(() => ui.shownWidth(image)).toBe(800);
    await page.keyboard.press('+');
    await expect(level).toHaveText('125 %');
    await expect.poll(() => ui.shownWidth(image)).toBe(1000);
    await page.keyboard.press('-');
    await expect(level).toHaveText('100 %');
    // Ctrl + wheel over the image, as in an image viewer.
    await image.hover();
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect(level).toHaveText('125 %');
    await zoom.getByRole('button', { name: 'Fit' }).click();
    await expect(zoom.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page, 'preview with zoom and Download');
    await screenshotBothSchemes(page, testInfo, 'preview-zoom');
  });

  await test.step('the preview’s Download… saves the file through the folder picker', async () => {
    const target = await downloadFolder('from-preview');
    const dialog = ui.preview('photo.png');
    await dialog.getByRole('button', { name: 'Download…' }).click();
    await ui.downloadInto(target.segments);
    await ui.expectNotice('Downloaded “photo.png”');
    await expect
      .poll(() => readFile(join(target.path, 'photo.png')).catch(() => Buffer.alloc(0)))
      .toEqual(png);
    // Nothing but the browser's own controls: Electron alone offers "Open".
    await expect(ui.notices.getByRole('button', { name: 'Open' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('double-click and Enter on a folder open the folder', async () => {
    await ui.doubleClick('docs/');
    await expect(ui.row('inside.txt')).toBeVisible();
    await page.keyboard.press('Backspace');
    await ui.pressEnterOn('docs/');
    await expect(ui.row('inside.txt')).toBeVisible();
  });
});

test('with “Double-click a file: Download”, double-click and Enter download through the picker', async ({
  page,
}) => {
  await put('one.bin', Buffer.from('first file'));
  await put('two.bin', Buffer.from('second file'));
  const ui = await openBucket(page);
  const settings = new TransferSettingsPage(page);
  await settings.transfers.expand();
  await settings.open();
  const choice = settings.dialog.getByRole('combobox', { name: 'Double-click a file' });
  await expect(choice).toHaveValue('preview');
  await choice.selectOption({ label: 'Download' });
  await settings.save.click();
  await expect(settings.dialog).toBeHidden();

  const target = await downloadFolder('by-double-click');
  await ui.doubleClick('one.bin');
  await ui.downloadInto(target.segments);
  await ui.expectNotice('Downloaded “one.bin”');
  expect(await readFile(join(target.path, 'one.bin'), 'utf8')).toBe('first file');

  await ui.pressEnterOn('two.bin');
  // The dialog starts where the last download went.
  await expect(ui.downloadDialog.getByLabel('Destination folder')).toHaveValue(target.path);
  await ui.downloadDialog.getByRole('button', { name: 'Download', exact: true }).click();
  await ui.expectNotice('Downloaded “two.bin”');
  expect(await readFile(join(target.path, 'two.bin'), 'utf8')).toBe('second file');
  await expect(ui.preview('two.bin')).toHaveCount(0);

  // Remembered by this window, as the language is.
  await settings.open();
  await expect(choice).toHaveValue('download');
  await settings.cancel.click();
  await expect(settings.dialog).toBeHidden();

  // The palette switches it back: Enter previews again.
  const palette = new CommandPalettePage(page);
  await palette.openWithKeyboard();
  await palette.run('double-click', /^Double-click a file: Preview/);
  await ui.pressEnterOn('one.bin');
  await expect(ui.preview('one.bin')).toBeVisible();
});

const HOSTILE_FOLDER = 'a dir #1/';
const HOSTILE_NAME = 'naïve 文件 50%+more?.txt';
const HOSTILE_KEY = HOSTILE_FOLDER + HOSTILE_NAME;

/** A bucket holding the hostile key, opened in its folder. */
async function openHostile(page: Page, body: string): Promise<OpenDownloadPage> {
  await put(HOSTILE_KEY, body, 'text/plain');
  const ui = await openBucket(page);
  await ui.doubleClick(HOSTILE_FOLDER);
  await expect(ui.row(HOSTILE_NAME)).toBeVisible();
  return ui;
}

test('the row menu’s Download… saves a hostile key through the folder picker and says so', async ({
  page,
}, testInfo) => {
  const body = 'hostile bytes ✓';
  const ui = await openHostile(page, body);
  const target = await downloadFolder('from-menu');
  // The dialog is the toolbar's (its accessibility is checked in transfers.spec.ts).
  await ui.fromRowMenu(HOSTILE_NAME, 'Download…');
  await ui.downloadInto(target.segments);
  await ui.expectNotice(`Downloaded “${HOSTILE_NAME}”`);
  expect(await readFile(join(target.path, HOSTILE_NAME), 'utf8')).toBe(body);
  await ui.holdNotice(`Downloaded “${HOSTILE_NAME}”`);
  await expectAccessible(page, 'download notice');
  await screenshotBothSchemes(page, testInfo, 'download-notice');
  await page.mouse.move(0, 0);
  // Let go, it goes by itself.
  await expect(ui.notices.getByText(`Downloaded “${HOSTILE_NAME}”`)).toBeHidden();
});

test('Copy S3 URI, Copy key and Copy object URL put the right text on the clipboard for a hostile key', async ({
  page,
}, testInfo) => {
  const body = 'hostile bytes ✓';
  const ui = await openHostile(page, body);
  await test.step('Copy S3 URI and Copy key put the key as it is on the clipboard', async () => {
    await ui.fromRowMenu(HOSTILE_NAME, 'Copy S3 URI');
    await ui.expectNotice(`Copied s3://${bucket.name}/${HOSTILE_KEY}`);
    expect(await ui.clipboard()).toBe(`s3://${bucket.name}/${HOSTILE_KEY}`);
    await ui.fromRowMenu(HOSTILE_NAME, 'Copy key');
    expect(await ui.clipboard()).toBe(HOSTILE_KEY);
  });

  await test.step('Copy object URL gives a URL the server answers with the object', async () => {
    await ui.fromRowMenu(HOSTILE_NAME, 'Copy object URL');
    await expect.poll(() => ui.clipboard()).not.toBe(HOSTILE_KEY);
    const url = await ui.clipboard();
    const endpoint = s3Target().endpoint.replace(/\/$/, '');
    expect(url).toBe(
      `${endpoint}/${bucket.name}/a%20dir%20%231/na%C3%AFve%20%E6%96%87%E4%BB%B6%2050%25%2Bmore%3F.txt`,
    );
    // Readable by anyone, so a plain GET of the copied URL must answer this very object.
    await admin.send(
      new PutObjectAclCommand({ Bucket: bucket.name, Key: HOSTILE_KEY, ACL: 'public-read' }),
    );
    const answer = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(body);
  });

  await test.step('the Actions menu and the palette offer the same entries', async () => {
    await ui.row(HOSTILE_NAME).click();
    await page.getByRole('button', { name: 'Actions', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Object actions' });
    await menu.getByRole('menuitem', { name: 'Copy S3 URI' }).click();
    await expect.poll(() => ui.clipboard()).toBe(`s3://${bucket.name}/${HOSTILE_KEY}`);
    await ui.row(HOSTILE_NAME).click();
    const palette = new CommandPalettePage(page);
    await palette.openWithKeyboard();
    await palette.run('copy object key', /^Copy the object key/);
    await expect.poll(() => ui.clipboard()).toBe(HOSTILE_KEY);
  });

  await test.step('in Chinese, the menu and the notices speak Chinese', async () => {
    await new LanguagesPage(page).choose('简体中文');
    const row = page.getByRole('grid', { name: '对象' }).getByRole('row', { name: HOSTILE_NAME });
    await row.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: '对象操作' });
    await expect(menu.getByRole('menuitem', { name: '下载…' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: '复制键' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: '复制对象 URL' })).toBeVisible();
    await menu.getByRole('menuitem', { name: '复制 S3 URI' }).click();
    await ui.holdNotice(`已复制：s3://${bucket.name}/${HOSTILE_KEY}`);
    await screenshotBothSchemes(page, testInfo, 'copy-notice-zh');
    await expectAccessible(page, 'copy notice in Chinese');
  });
});

test('opening a download with its app is refused for an unknown task and in the browser host', async ({
  page,
}) => {
  await put('report.txt', 'report');
  const ui = await openBucket(page);
  const target = await downloadFolder('for-open');
  await ui.fromRowMenu('report.txt', 'Download…');
  await ui.downloadInto(target.segments);
  await ui.expectNotice('Downloaded “report.txt”');

  const tasks = await ui.transfers.invoke<
    { id: string; state: string; transfer: { name: string | null; openable: boolean } | null }[]
  >('tasks.list', {});
  const task = tasks.find((t) => t.transfer?.name === 'report.txt');
  expect(task?.state).toBe('succeeded');
  expect(task?.transfer?.openable).toBe(true);

  const known = await ui.transfers.envelope('transfers.openFile', { id: task?.id });
  expect(known.ok).toBe(false);
  expect(known.error?.code).toBe('UnavailableInHost');
  expect(known.error?.message).toContain('not available in the browser');

  const unknown = await ui.transfers.envelope('transfers.openFile', { id: 'nosuchtask1234' });
  expect(unknown.error?.code).toBe('TaskNotFound');
  // A path is not an id: the contract refuses it before anything looks for it.
  const path = await ui.transfers.envelope('transfers.openFile', {
    id: join(target.path, 'report.txt'),
  });
  expect(path.error?.code).toBe('InvalidInput');
});
