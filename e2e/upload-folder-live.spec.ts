import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { TransfersPage } from './pages/transfers.js';

// A folder picked in the browser host uploads while the page is still sending it, and Cancel
// in the panel stops both. Checked on RGW with a plain SDK client and in the host's spool.

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'live');
  await bucket.put({ 'existing.txt': 'already here' });
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
});

async function openBucket(page: Page): Promise<TransfersPage> {
  const app = new HoldallApp(page);
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  return new TransfersPage(page);
}

const stored = (key: string) =>
  admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key })).then(
    () => true,
    () => false,
  );

/**
 * Whether a batch request carries the folder's first file. The page sends three batches at
 * once, and which of them reaches the route first is up to the browser: a test that lets the
 * first one through would hold the first file half the time, and the upload, which takes the
 * files in order, would wait for it.
 */
function carriesFirstFile(route: Route): boolean {
  const body = route.request().postDataBuffer();
  if (body === null || body.length < 4) throw new Error('a batch request without its list');
  const list = body.subarray(4, 4 + body.readUInt32BE(0)).toString('utf8');
  return (JSON.parse(list) as { path: string }[]).some((f) => f.path === 'album/f00.bin');
}

async function album(count: number): Promise<{ path: string; files: Map<string, Buffer> }> {
  const root = await mkdtemp(join(tmpdir(), 'holdall-e2e-live-'));
  const path = join(root, 'album');
  await mkdir(path);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const name = `f${String(i).padStart(2, '0')}.bin`;
    // 400 KB each: the page sends two to a request (a request carries up to 1 MiB).
    const bytes = randomBytes(400_000 + i);
    files.set(name, bytes);
    await writeFile(join(path, name), bytes);
  }
  return { path, files };
}

test('a picked folder uploads while it is sent, and every file arrives whole', async ({ page }) => {
  const transfers = await openBucket(page);
  const { path, files } = await album(12);
  // The page's sending is held but for the request with the first two files: the folder's job
  // must already be uploading them.
  const held: Route[] = [];
  let released = false;
  await page.route(/\/api\/spool\/batch\?/, async (route) => {
    if (released || carriesFirstFile(route)) await route.continue();
    else held.push(route);
  });
  await transfers.folderInput.setInputFiles(path);
  await transfers.expand();
  await expect.poll(() => stored('album/f00.bin'), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => stored('album/f01.bin'), { timeout: 30_000 }).toBe(true);
  expect(await stored('album/f02.bin')).toBe(false);
  // The folder's upload runs while its sending still shows in the panel.
  await expect(transfers.summary).toContainText('1 running');
  await expect(
    transfers.region.getByRole('listitem', { name: 'Sending album to the host' }),
  ).toContainText('2 of 12 files');

  released = true;
  for (const route of held.splice(0)) await route.continue();
  await transfers.expectDone('album');
  await expect(transfers.job('album')).toContainText('12 of 12 files');
  for (const [name, bytes] of files) {
    const out = await admin.send(
      new GetObjectCommand({ Bucket: bucket.name, Key: `album/${name}` }),
    );
    expect(Buffer.from((await out.Body?.transformToByteArray()) ?? []).equals(bytes), name).toBe(
      true,
    );
  }
  await expect.poll(() => readdir(join(host.dataDir, 'spool')).catch(() => [])).toEqual([]);
});

test('Cancel while a folder is sent stops the sending and its upload, and keeps nothing', async ({
  page,
}) => {
  const transfers = await openBucket(page);
  const { path } = await album(12);
  const held: Route[] = [];
  await page.route(/\/api\/spool\/batch\?/, async (route) => {
    if (carriesFirstFile(route)) await route.continue();
    else held.push(route);
  });
  await transfers.folderInput.setInputFiles(path);
  await transfers.expand();
  await expect.poll(() => stored('album/f00.bin'), { timeout: 30_000 }).toBe(true);
  const sending = transfers.region.getByRole('listitem', { name: 'Sending album to the host' });
  await sending.getByRole('button', { name: 'Cancel', exact: true }).click();
  await transfers.expectState('album', 'Canceled');
  await expect(sending).toHaveCount(0);
  // The page aborted what was held; nothing of it may reach the host any more.
  for (const route of held.splice(0)) await route.abort().catch(() => undefined);
  await expect.poll(() => readdir(join(host.dataDir, 'spool')).catch(() => [])).toEqual([]);
  expect(await stored('album/f11.bin')).toBe(false);
});
