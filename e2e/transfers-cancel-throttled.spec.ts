import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AbortMultipartUploadCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { TransfersPage } from './pages/transfers.js';

const MiB = 1024 * 1024;
const LIMIT = 512 * 1024;
// A hang check, not a speed test: paced out, the rest of the file would take over a minute.
const CANCEL_WITHIN_MS = 10_000;

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'xcancel');
  // The object list only renders its toolbar and grid when the bucket has something in it.
  await bucket.put({ 'existing.txt': 'already here' });
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

async function openBucket(page: Page): Promise<TransfersPage> {
  const app = new HoldallApp(page);
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  return new TransfersPage(page);
}

async function bigFile(name: string, size: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'holdall-e2e-xcancel-'));
  const path = join(folder, name);
  await writeFile(path, randomBytes(size));
  return path;
}

async function pendingUploads(): Promise<number> {
  const out = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucket.name }));
  return out.Uploads?.length ?? 0;
}

async function objectExists(key: string): Promise<boolean> {
  try {
    await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key }));
    return true;
  } catch {
    return false;
  }
}

async function expectSomeProgress(transfers: TransfersPage, name: string): Promise<void> {
  const bar = transfers.job(name).getByRole('progressbar');
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 })
    .toBeGreaterThan(0);
}

/** Cancel in the panel; the job must say so promptly, and the server must keep nothing. */
async function cancelAndCheck(transfers: TransfersPage, name: string): Promise<void> {
  await expect.poll(pendingUploads, { timeout: 20_000 }).toBe(1);
  await transfers.jobButton(name, 'Cancel').click();
  await transfers.expectState(name, 'Canceled', CANCEL_WITHIN_MS);
  expect(await pendingUploads()).toBe(0);
  expect(await objectExists(name)).toBe(false);
  // The host's copy of the picked file goes with the job.
  await expect.poll(() => readdir(join(host.dataDir, 'spool'))).toEqual([]);
}

test('a running upload under a bandwidth limit cancels at once and leaves nothing on the server', async ({
  page,
}) => {
  const transfers = await openBucket(page);
  await transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: LIMIT });
  await transfers.filesInput.setInputFiles(await bigFile('limited.bin', 40 * MiB));

  await transfers.expand();
  await transfers.expectState('limited.bin', 'Running');
  await expectSomeProgress(transfers, 'limited.bin');
  await cancelAndCheck(transfers, 'limited.bin');
});

test('a limit set while an upload runs does not hold up its cancel', async ({ page }) => {
  const transfers = await openBucket(page);
  // Fast enough to be running a while before the limit slows it down to a crawl.
  await transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: 8 * MiB });
  await transfers.filesInput.setInputFiles(await bigFile('changed.bin', 100 * MiB));

  await transfers.expand();
  await transfers.expectState('changed.bin', 'Running');
  await expectSomeProgress(transfers, 'changed.bin');
  await transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: LIMIT });
  await cancelAndCheck(transfers, 'changed.bin');
});

test('a throttled upload paused, reloaded and resumed still cancels at once', async ({ page }) => {
  const transfers = await openBucket(page);
  await transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: LIMIT });
  await transfers.filesInput.setInputFiles(await bigFile('resumed.bin', 40 * MiB));

  await transfers.expand();
  await transfers.expectState('resumed.bin', 'Running');
  await expectSomeProgress(transfers, 'resumed.bin');
  await transfers.jobButton('resumed.bin', 'Pause').click();
  await transfers.expectState('resumed.bin', 'Paused');
  await page.reload();
  await transfers.expand();
  await transfers.jobButton('resumed.bin', 'Resume').click();
  await transfers.expectState('resumed.bin', 'Running');
  // Parts in flight again, under the limit, before the cancel.
  const bar = transfers.job('resumed.bin').getByRole('progressbar');
  const resumedAt = Number(await bar.getAttribute('aria-valuenow'));
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 })
    .toBeGreaterThan(resumedAt);
  await cancelAndCheck(transfers, 'resumed.bin');
});
