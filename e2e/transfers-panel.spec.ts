import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AbortMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { TransferSettingsPage } from './pages/transfer-settings.js';
import { TransfersPage } from './pages/transfers.js';
import type { PageFile } from './pages/transfers.js';

// The window size the issue measured: the object list must keep fifteen rows in it.
test.use({ viewport: { width: 1280, height: 900 } });

const KiB = 1024;
const MiB = 1024 * KiB;
const SEEDS = 40;
const DROPPED = 200;

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'xpanel');
  const seeds: Record<string, string> = {};
  for (let i = 0; i < SEEDS; i++) seeds[seedName(i)] = `seed ${i}`;
  await bucket.put(seeds);
});

test.afterEach(async () => {
  await host.stop();
  const left = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucket.name }));
  for (const upload of left.Uploads ?? [])
    await admin.send(
      new AbortMultipartUploadCommand({
        Bucket: bucket.name,
        Key: upload.Key,
        UploadId: upload.UploadId,
      }),
    );
  await bucket.remove();
});

function seedName(i: number): string {
  return `seed-${String(i).padStart(2, '0')}.txt`;
}

async function openBucket(page: Page) {
  const app = new HoldallApp(page);
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  await expect(app.row(seedName(0))).toBeVisible();
  return { app, transfers: new TransfersPage(page), settings: new TransferSettingsPage(page) };
}

/**
 * Sets the bandwidth limit (KiB/s) in the settings dialog, as a person does (null lifts it), and
 * files at once when given; answers the files-at-once setting.
 */
async function setLimit(
  settings: TransferSettingsPage,
  kib: number | null,
  filesAtOnce?: number,
): Promise<number> {
  await settings.open();
  if (filesAtOnce !== undefined) await settings.filesAtOnce.fill(String(filesAtOnce));
  const setting = Number(await settings.filesAtOnce.inputValue());
  if (kib === null) await settings.limitOn.uncheck();
  else {
    await settings.limitOn.check();
    await settings.limitUnit.selectOption('KiB');
    await settings.limitValue.fill(String(kib));
  }
  await settings.save.click();
  await expect(settings.dialog).toBeHidden();
  if (kib === null) await expect(settings.limitNote).toBeHidden();
  else await expect(settings.limitNote).toHaveText(`Limited to ${kib} KiB/s`);
  return setting;
}

/** Object rows wholly inside the list's scrolled area and the window: what a person can read. */
async function objectRowsInView(app: HoldallApp): Promise<number> {
  // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
  interface Box {
    top: number;
    bottom: number;
  }
  interface Node {
    parentElement: Node | null;
    getBoundingClientRect(): Box;
    querySelectorAll(selector: string): ArrayLike<Node>;
  }
  return app.objects.evaluate((grid: Node) => {
    const body = grid.querySelectorAll('[role="rowgroup"]')[1];
    const scroller = body?.parentElement;
    if (body === undefined || scroller == null) return 0;
    const view = scroller.getBoundingClientRect();
    const windowHeight = (globalThis as unknown as { innerHeight: number }).innerHeight;
    return Array.from(body.querySelectorAll('[role="row"]')).filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= Math.min(view.bottom, windowHeight);
    }).length;
  });
}

/** Every "12.5 KiB/s" in a text, in bytes per second. */
function ratesIn(text: string): number[] {
  const units: Record<string, number> = { B: 1, KiB: KiB, MiB: MiB, GiB: 1024 * MiB };
  return Array.from(text.matchAll(/([\d.]+) (B|KiB|MiB|GiB)\/s/g), (m) => {
    return Number(m[1]) * (units[m[2] ?? ''] ?? Number.NaN);
  });
}

function md5(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

async function windowScreenshots(page: Page, info: TestInfo, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: info.outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function valueNow(locator: Locator): Promise<number> {
  return Number(await locator.getAttribute('aria-valuenow'));
}

test('two hundred dropped files run as one row while the object list stays usable', async ({
  page,
}, testInfo) => {
  // Two hundred files go to the host and then to RGW under a limit: longer than the default.
  test.setTimeout(180_000);
  const { app, transfers, settings } = await openBucket(page);
  // Slow enough that everything below happens while they run: 2.4 MiB at 16 KiB/s. Four at
  // once spares a loaded test machine's RGW two hundred connections in a burst.
  await setLimit(settings, 16, 4);
  const files = Array.from({ length: DROPPED }, (_, i) => ({
    name: `up-${String(i).padStart(3, '0')}.bin`,
    bytes: randomBytes(12 * KiB),
  }));
  const dropped: PageFile[] = files.map(({ name, bytes }) => ({
    name,
    base64: bytes.toString('base64'),
  }));
  await transfers.dropFiles(app.objects, dropped);

  await transfers.expand();
  // One drop is one task: one row, on one line, that counts the files.
  // The page first sends the files to the host (the browser host's spool); then the task starts.
  const row = transfers.job(`${DROPPED} items`);
  await expect(row).toContainText(new RegExp(`\\d+ of ${DROPPED} files`), { timeout: 60_000 });
  await expect(transfers.jobs).toHaveCount(1);
  await expect(transfers.summary).toContainText('1 running');
  const box = await row.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(40);

  // Speed and time left, never faster than the limit, in the header and in the row.
  await expect(transfers.summary).toContainText(/\/s · .+ left/, { timeout: 20_000 });
  const shown = ratesIn(
    `${await transfers.summary.textContent()} ${await transfers.queue.textContent()}`,
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const rate of shown) expect(rate).toBeLessThanOrEqual(16 * KiB);

  // The object list keeps fifteen rows with the panel at its tallest, and scrolls and selects.
  await transfers.resizer.focus();
  await page.keyboard.press('End');
  expect(await objectRowsInView(app)).toBeGreaterThanOrEqual(15);
  await app.row(seedName(0)).click();
  await expect(app.row(seedName(0))).toHaveAttribute('aria-selected', 'true');
  await app.objects.hover();
  const last = app.row(seedName(SEEDS - 1));
  // Scrolled with the wheel in steps shorter than the list, as uploads keep adding objects.
  await expect(async () => {
    await page.mouse.wheel(0, 200);
    await expect(last).toBeInViewport({ ratio: 1, timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await last.click();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(app.row(seedName(0))).not.toHaveAttribute('aria-selected', 'true');

  // Resized by keyboard, and the height is remembered.
  await transfers.resizer.focus();
  await page.keyboard.press('Home');
  await expect(transfers.resizer).toHaveAttribute('aria-valuenow', '96');
  await page.keyboard.press('ArrowUp');
  await expect(transfers.resizer).toHaveAttribute('aria-valuenow', '120');
  await page.keyboard.press('ArrowUp');
  await expect(transfers.resizer).toHaveAttribute('aria-valuenow', '144');

  // Collapsed by keyboard it shows the summary only; expanded again it shows the list.
  await transfers.toggle.focus();
  await page.keyboard.press('Enter');
  await expect(transfers.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(transfers.queue).toBeHidden();
  await expect(transfers.resizer).toBeHidden();
  await expect(transfers.summary).toContainText('1 running');
  await windowScreenshots(page, testInfo, 'collapsed-while-running');
  await page.keyboard.press('Enter');
  await expect(transfers.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(transfers.resizer).toHaveAttribute('aria-valuenow', '144');
  await expect(row).toBeVisible();

  // All of the above happened while they ran.
  await expect(transfers.summary).toContainText('1 running');
  await expectAccessible(page, 'transfers panel with two hundred uploads running');
  await windowScreenshots(page, testInfo, 'two-hundred-running');

  // Lifted, the rest finish; a reload keeps the panel's height and the finished rows.
  await setLimit(settings, null);
  await expect(transfers.summary).toBeHidden({ timeout: 60_000 });
  await page.reload();
  await expect(transfers.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(transfers.resizer).toHaveAttribute('aria-valuenow', '144');
  // The task is still listed, finished, with every file counted.
  await transfers.expectDone(`${DROPPED} items`);
  await expect(row).toContainText(`${DROPPED} of ${DROPPED} files`);
  await expect(transfers.jobs).toHaveCount(1);

  // Every object on the server, with the bytes that were dropped.
  const listed = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await admin.send(
      new ListObjectsV2Command({ Bucket: bucket.name, Prefix: 'up-', ContinuationToken: token }),
    );
    for (const o of page.Contents ?? [])
      listed.set(o.Key ?? '', (o.ETag ?? '').replaceAll('"', ''));
    token = page.NextContinuationToken;
  } while (token !== undefined);
  expect(listed.size).toBe(DROPPED);
  for (const { name, bytes } of files) expect(listed.get(name), name).toBe(md5(bytes));
});

test('an upload waiting for an answer says so, in English and Chinese; a cancelled upload keeps its progress', async ({
  page,
}, testInfo) => {
  // Two accessibility scans, a language switch and a throttled upload.
  test.setTimeout(120_000);
  const { transfers, settings } = await openBucket(page);
  const [profile] = await transfers.invoke<{ id: string }[]>('profiles.list', {});
  // Arranged through the contract: an upload onto a name that exists, asking first.
  const grant = await transfers.spoolGrant(seedName(0), 'replacement');
  await transfers.invoke('tasks.start', {
    kind: 'upload',
    profileId: profile?.id,
    bucket: bucket.name,
    keyPrefix: '',
    grants: [grant],
    conflict: 'ask',
  });

  await transfers.expand();
  const waiting = transfers.job(seedName(0));
  await transfers.expectState(seedName(0), 'Waiting for your answer');
  await expect(waiting.getByRole('group')).toContainText('already exists in the bucket');
  await expect(transfers.summary).toHaveText('1 waiting for your answer');
  await windowScreenshots(page, testInfo, 'waiting-for-an-answer');

  const languages = new LanguagesPage(page);
  await languages.choose('简体中文');
  const zhRegion = page.getByRole('region', { name: '活动' });
  await expect(zhRegion.getByRole('group', { name: '活动概况' })).toHaveText('1 个等待你的回答');
  await expect(zhRegion.locator('.transfer-state')).toHaveText('等待你的回答');
  await expect(zhRegion.getByRole('separator', { name: '调整活动面板的高度' })).toBeVisible();
  await expectAccessible(page, 'transfers panel in Chinese with a question');
  await windowScreenshots(page, testInfo, 'waiting-zh');
  await languages.choose('English');

  await waiting.getByRole('button', { name: 'Skip' }).click();
  await transfers.expectDone(seedName(0));
  const kept = await admin.send(new GetObjectCommand({ Bucket: bucket.name, Key: seedName(0) }));
  expect(await kept.Body?.transformToString()).toBe('seed 0');

  // Closed by the person, the panel stays closed when a task arrives; the summary says it runs.
  await setLimit(settings, 512);
  await transfers.collapse();
  const folder = await mkdtemp(join(tmpdir(), 'holdall-e2e-xpanel-'));
  await writeFile(join(folder, 'big.bin'), randomBytes(40 * MiB));
  await transfers.filesInput.setInputFiles(join(folder, 'big.bin'));
  await expect(transfers.summary).toContainText('1 running');
  await expect(transfers.toggle).toHaveAttribute('aria-expanded', 'false');

  // A throttled upload, cancelled with parts in flight: its bar stays where it was.
  await transfers.expand();
  await transfers.expectState('big.bin', 'Running');
  const bar = transfers.job('big.bin').getByRole('progressbar');
  await expect.poll(() => valueNow(bar), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const before = await valueNow(bar);
  await transfers.jobButton('big.bin', 'Cancel').click();
  await transfers.expectState('big.bin', 'Canceled');
  expect(await valueNow(bar)).toBeGreaterThanOrEqual(before);
  await windowScreenshots(page, testInfo, 'cancelled');

  const uploads = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucket.name }));
  expect(uploads.Uploads ?? []).toEqual([]);
  await expect(
    admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'big.bin' })),
  ).rejects.toThrow();
});
