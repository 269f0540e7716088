import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { startFaultProxy } from './fixtures/fault-proxy.js';
import type { FaultProxy } from './fixtures/fault-proxy.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { ConnectionsPage } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { TransfersPage } from './pages/transfers.js';

const MiB = 1024 * 1024;
/**
 * Seconds of silence before the request is ended and its range retried. Longer than the 15 s
 * after which the panel calls a job stalled (or the retry would move the bytes first), far
 * shorter than the 60 s default.
 */
const IDLE_SECONDS = 20;

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;
let proxy: FaultProxy;
let home: string;

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-e2e-stall-home-'));
  host = await startBrowserHost(undefined, { HOME: home });
  bucket = await createTestBucket(admin, 'stall');
  const rgw = new URL(s3Target().endpoint);
  // Forwarding faithfully until the test arms it.
  proxy = await startFaultProxy({ host: rgw.hostname, port: Number(rgw.port) });
});

test.afterEach(async () => {
  await host.stop();
  await proxy.close();
  await bucket.remove();
});

test('a download whose answer goes silent shows Stalled, then retries its range and lands intact', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const body = randomBytes(6 * MiB);
  await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'silent.bin', Body: body }));
  const destination = join(home, 'stalls');
  await mkdir(destination);

  const conns = new ConnectionsPage(page);
  const app = new HoldallApp(page);
  const transfers = new TransfersPage(page);
  await page.goto(host.url);
  const dialog = await conns.add('Through proxy', { ...s3Target(), endpoint: proxy.endpoint });
  await conns.setTimeouts(dialog, { headers: '60', idle: String(IDLE_SECONDS) });
  await conns.testAndExpect(dialog, 'Connected');
  await conns.save(dialog);
  await app.openConnection('Through proxy');
  await app.openBucket(bucket.name);

  await app.row('silent.bin').click();
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const download = page.getByRole('dialog', { name: 'Download' });
  await transfers.pickDownloadFolder(download, ['stalls']);
  await download.getByLabel('If a file already exists').selectOption('overwrite');
  // Armed only now, so browsing above went through untouched: the next connection's answer
  // stops after 1 MiB of the object's body and stays open, silent.
  proxy.setPlan({ stallAfterBytesDown: MiB, stalls: 1 });
  await download.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(download).toBeHidden();

  await transfers.expand();
  const row = transfers.job('silent.bin');
  await expect(row).toContainText('Stalled', { timeout: (IDLE_SECONDS + 10) * 1000 });
  expect(proxy.stats.stalls).toBe(1);
  // Back to forwarding: the idle deadline ends the silent request and the retry goes through.
  proxy.setPlan({});
  await transfers.expectDone('silent.bin', (IDLE_SECONDS + 20) * 1000);
  await expect(row).not.toContainText('Stalled');
  await expect(row).toContainText('Checked against its MD5 ETag');
  expect((await readFile(join(destination, 'silent.bin'))).equals(body)).toBe(true);
  expect(proxy.stats.stalls).toBe(1);
});
