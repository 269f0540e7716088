import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, s3Target } from './fixtures/s3.js';
import { createVersionedBucket } from './fixtures/versioned-bucket.js';
import { OpenDownloadPage } from './pages/open-download.js';

// Its own host: downloads land below a home folder made for the test, never the real one.
const admin = adminClient();
let host: RunningHost;
let home: string;
let bucket: Awaited<ReturnType<typeof createVersionedBucket>>;

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-e2e-versions-'));
  host = await startBrowserHost(undefined, { HOME: home });
  bucket = await createVersionedBucket(admin, 'versions-download');
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
  await rm(home, { recursive: true, force: true });
});

test('versions: Download saves that version, not the latest, as a download task', async ({
  page,
}) => {
  const put = async (body: string) =>
    (await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'notes.txt', Body: body })))
      .VersionId ?? 'null';
  const old = await put('the old notes');
  await put('the new notes, longer');
  await mkdir(join(home, 'saved'));

  const ui = new OpenDownloadPage(page);
  await page.goto(host.url);
  await ui.app.addConnection('Local RGW', s3Target());
  await ui.app.openConnection('Local RGW');
  await ui.app.openBucket(bucket.name);
  await page.getByRole('button', { name: 'Show versions' }).click();
  const grid = page.getByRole('grid', { name: 'Versions' });
  await grid.getByRole('row', { name: `notes.txt · ${old} · Noncurrent` }).click();
  await page
    .getByRole('group', { name: /^Actions for / })
    .getByRole('button', { name: 'Download' })
    .click();
  await ui.downloadInto(['saved']);
  await ui.expectNotice('Downloaded “notes.txt”');
  await expect
    .poll(() => readFile(join(home, 'saved', 'notes.txt'), 'utf8').catch(() => ''))
    .toBe('the old notes');
});
