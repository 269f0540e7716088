import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { transferSession } from './fixtures/transfer-session.js';
import type { TransfersPage } from './pages/transfers.js';

const session = transferSession({
  label: 'xfer',
  objects: { 'existing.txt': 'already here', 'docs/guide.md': '# Guide' },
  beforeRemove: (bucket) => abortAllUploads(bucket.name),
});
const { admin, openBucket } = session;

async function objectBytes(key: string): Promise<Buffer> {
  const out = await admin.send(new GetObjectCommand({ Bucket: session.bucket.name, Key: key }));
  return Buffer.from((await out.Body?.transformToByteArray()) ?? []);
}

async function multipartUploads(bucketName: string) {
  const out = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucketName }));
  return out.Uploads ?? [];
}

async function abortAllUploads(bucketName: string): Promise<void> {
  for (const upload of await multipartUploads(bucketName).catch(() => [])) {
    await admin.send(
      new AbortMultipartUploadCommand({
        Bucket: bucketName,
        Key: upload.Key,
        UploadId: upload.UploadId,
      }),
    );
  }
}

/** A fresh window on the host, with the test connection saved and the test bucket open. */

async function tempFolder(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `holdall-e2e-${label}-`));
}

async function panelScreenshots(
  page: Page,
  transfers: TransfersPage,
  info: TestInfo,
  name: string,
) {
  await page.emulateMedia({ colorScheme: 'light' });
  await transfers.screenshot(info.outputPath(`${name}-light.png`));
  await page.emulateMedia({ colorScheme: 'dark' });
  await transfers.screenshot(info.outputPath(`${name}-dark.png`));
  await page.screenshot({ path: info.outputPath(`${name}-window-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('files dropped on the object list upload as one row, with progress and success in the panel', async ({
  page,
}, testInfo) => {
  const { app, transfers } = await openBucket(page);
  const small = randomBytes(1000);
  const medium = randomBytes(3 * 1024 * 1024);
  await transfers.dropFiles(app.objects, [
    { name: 'small.bin', base64: small.toString('base64') },
    { name: 'medium.bin', base64: medium.toString('base64') },
  ]);

  await transfers.expand();
  // One drop, one row: named by its count, counting its files.
  await transfers.expectDone('2 items');
  await expect(transfers.jobs).toHaveCount(1);
  await expect(transfers.job('2 items')).toContainText('2 of 2 files');
  await expect(transfers.job('2 items')).toContainText(`to ${session.bucket.name}/`);
  expect((await objectBytes('small.bin')).equals(small)).toBe(true);
  expect((await objectBytes('medium.bin')).equals(medium)).toBe(true);
  // The listing picks up what was uploaded without a manual refresh.
  await expect(app.row('medium.bin')).toBeVisible();
  await panelScreenshots(page, transfers, testInfo, 'panel-after-drop');
});

test('a folder picked with the folder picker and files picked by button upload under the folder shown', async ({
  page,
}) => {
  const { transfers } = await openBucket(page);
  const root = await tempFolder('pick');
  const photos = join(root, 'photos');
  await mkdir(join(photos, '2024'), { recursive: true });
  const files = {
    'photos/a.jpg': randomBytes(2048),
    'photos/2024/b.jpg': randomBytes(70_000),
    'photos/2024/c.txt': Buffer.from('third'),
  };
  for (const [path, bytes] of Object.entries(files)) await writeFile(join(root, path), bytes);
  const loose = randomBytes(5000);
  await writeFile(join(root, 'loose.bin'), loose);

  await expect(page.getByRole('button', { name: 'Upload folder' })).toBeVisible();
  await transfers.folderInput.setInputFiles(photos);
  await transfers.expand();
  await transfers.expectDone('photos');
  await expect(transfers.job('photos')).toContainText('3 of 3 files');

  await transfers.filesInput.setInputFiles(join(root, 'loose.bin'));
  await transfers.expectDone('loose.bin');

  for (const [path, bytes] of Object.entries(files))
    expect((await objectBytes(path)).equals(bytes), path).toBe(true);
  expect((await objectBytes('loose.bin')).equals(loose)).toBe(true);
});

test('a large upload pauses, survives a reload, resumes and cancels without leaving parts', async ({
  page,
}, testInfo) => {
  const { transfers } = await openBucket(page);
  // Slow enough to act on mid-way: 40 MiB at 512 KiB/s, in 8 MiB multipart parts.
  await transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: 512 * 1024 });
  const root = await tempFolder('big');
  await writeFile(join(root, 'big.bin'), randomBytes(40 * 1024 * 1024));
  await transfers.filesInput.setInputFiles(join(root, 'big.bin'));

  await transfers.expand();
  await transfers.expectState('big.bin', 'Running');
  const bar = transfers.job('big.bin').getByRole('progressbar');
  await expect(async () => {
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  }).toPass({ timeout: 20_000 });
  await expect(transfers.job('big.bin')).toContainText(/\/s/);
  await expect(transfers.job('big.bin')).toContainText(/left/);
  await panelScreenshots(page, transfers, testInfo, 'panel-running');

  await transfers.jobButton('big.bin', 'Pause').click();
  await transfers.expectState('big.bin', 'Paused');
  const pausedAt = await bar.getAttribute('aria-valuenow');

  // The queue lives in the host: a reload reads it back.
  await page.reload();
  await transfers.expand();
  await transfers.expectState('big.bin', 'Paused');
  await expect(transfers.job('big.bin').getByRole('progressbar')).toHaveAttribute(
    'aria-valuenow',
    pausedAt ?? '',
  );

  await transfers.jobButton('big.bin', 'Resume').click();
  await transfers.expectState('big.bin', 'Running');
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 })
    .toBeGreaterThan(Number(pausedAt));
  await expect.poll(async () => (await multipartUploads(session.bucket.name)).length).toBe(1);

  // Canceled from paused here; cancelling while parts are in flight under the limit is
  // transfers-cancel-throttled.spec.ts.
  await transfers.jobButton('big.bin', 'Pause').click();
  await transfers.expectState('big.bin', 'Paused');
  await transfers.jobButton('big.bin', 'Cancel').click();
  await transfers.expectState('big.bin', 'Canceled');
  await expect.poll(async () => (await multipartUploads(session.bucket.name)).length).toBe(0);

  await transfers.region.getByRole('button', { name: 'Clear finished' }).click();
  await expect(transfers.job('big.bin')).toHaveCount(0);
});

test('a paused upload is marked in incomplete uploads, and aborting it there cancels the transfer', async ({
  page,
}) => {
  const { transfers } = await openBucket(page);
  await transfers.invoke('transfers.settings.set', { bandwidthLimitBytesPerSec: 512 * 1024 });
  const root = await tempFolder('held');
  await writeFile(join(root, 'held.bin'), randomBytes(24 * 1024 * 1024));
  await transfers.filesInput.setInputFiles(join(root, 'held.bin'));
  await transfers.expand();
  await expect.poll(async () => (await multipartUploads(session.bucket.name)).length).toBe(1);
  await transfers.jobButton('held.bin', 'Pause').click();
  await transfers.expectState('held.bin', 'Paused');

  await transfers.tab('Incomplete uploads').click();
  const row = transfers.region.getByRole('row', { name: 'held.bin' });
  await expect(row).toContainText('Kept by a transfer');
  await row.getByRole('button', { name: 'Abort the upload of held.bin' }).click();
  await expect(transfers.region.getByText('No incomplete uploads in this bucket.')).toBeVisible();
  expect(await multipartUploads(session.bucket.name)).toEqual([]);

  await transfers.tab('Queue').click();
  await transfers.expectState('held.bin', 'Canceled');
});

test('a file and two folders download to the folder picked in the dialog, as one task', async ({
  page,
}) => {
  const report = randomBytes(40_000);
  const nested = randomBytes(1234);
  const clip = randomBytes(2345);
  for (const [Key, Body] of [
    ['report.bin', report],
    ['docs/deep/nested.bin', nested],
    ['media/clip.bin', clip],
  ] as const)
    await admin.send(new PutObjectCommand({ Bucket: session.bucket.name, Key, Body }));
  const { app, transfers } = await openBucket(page);
  const destination = join(session.home, 'saved', 'here');
  await mkdir(destination, { recursive: true });

  await app.row('report.bin').click();
  await app.row('docs/').click({ modifiers: ['Control'] });
  await app.row('media/').click({ modifiers: ['Control'] });
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Download' });
  // Without a Downloads folder the picker starts in the home folder, at the top.
  await expect(dialog.getByLabel('Destination folder')).toHaveValue(session.home);
  await expect(dialog.getByRole('button', { name: 'Up one folder' })).toBeDisabled();
  await transfers.pickDownloadFolder(dialog, ['saved', 'here']);
  await expect(dialog.getByText('No folders inside.')).toBeVisible();
  await expectAccessible(page, 'download dialog with its folder picker');
  await dialog.getByLabel('If a file already exists').selectOption('overwrite');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(dialog).toBeHidden();

  await transfers.expand();
  // One "Download…" is one row, the file and both folders' three files in it.
  await transfers.expectDone('3 items');
  await expect(transfers.job('3 items')).toContainText('4 of 4 files');
  // The row says how its files were checked.
  await expect(transfers.job('3 items')).toContainText('Checked: 4 by MD5 ETag');
  expect((await readFile(join(destination, 'report.bin'))).equals(report)).toBe(true);
  expect(await readFile(join(destination, 'docs', 'guide.md'), 'utf8')).toBe('# Guide');
  expect((await readFile(join(destination, 'docs', 'deep', 'nested.bin'))).equals(nested)).toBe(
    true,
  );
  expect((await readFile(join(destination, 'media', 'clip.bin'))).equals(clip)).toBe(true);

  // Again, asking on conflicts: the panel asks, and "Keep both" keeps the first copy.
  await transfers.region.getByRole('button', { name: 'Clear finished' }).click();
  await app.row('report.bin').click();
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  // The dialog starts where the last download went.
  await expect(dialog.getByLabel('Destination folder')).toHaveValue(destination);
  await dialog.getByLabel('If a file already exists').selectOption('ask');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const question = transfers.job('report.bin').getByRole('group');
  await expect(question).toContainText('already exists on this computer');
  await question.getByRole('button', { name: 'Keep both' }).click();
  await transfers.expectDone('report.bin');
  await expect(transfers.job('report.bin')).toContainText('Checked against its MD5 ETag');
  const copies = (await readdir(destination)).filter((name) => name.startsWith('report'));
  expect(copies).toHaveLength(2);
  for (const name of copies)
    expect((await readFile(join(destination, name))).equals(report), name).toBe(true);
});

test('a script in the page that names a local path is refused, and nothing is sent', async ({
  page,
}) => {
  const { transfers } = await openBucket(page);
  const [profile] = await transfers.invoke<{ id: string }[]>('profiles.list', {});
  const ref = { profileId: profile?.id, bucket: session.bucket.name };
  const keyFile = join(session.host.dataDir, 'secret.key');
  const upload = { ...ref, kind: 'upload', keyPrefix: 'stolen/', conflict: 'overwrite' };
  // What a hostile script would try: upload the app's key and profiles, download into its folder.
  const attempts: [string, string, unknown][] = [
    ['upload', 'tasks.start', { ...upload, grants: [keyFile] }],
    [
      'put',
      'objects.put',
      {
        ...ref,
        key: 'stolen/profiles.json',
        source: { kind: 'file', grant: join(session.host.dataDir, 'profiles.json') },
      },
    ],
    [
      'download',
      'tasks.start',
      {
        ...ref,
        kind: 'download',
        keys: ['existing.txt'],
        destination: session.host.dataDir,
        conflict: 'overwrite',
      },
    ],
  ];
  for (const [what, channel, input] of attempts) {
    const answer = await transfers.envelope(channel, input);
    expect(answer.ok, what).toBe(false);
    expect(answer.error?.code, what).toBe('InvalidInput');
    expect(answer.error?.message, what).toContain('the contract takes no local paths');
  }
  // The old path field is no way around it, nor a grant id made up by the page.
  const oldField = { ...upload, paths: [keyFile] };
  expect((await transfers.envelope('tasks.start', oldField)).error?.code).toBe('InvalidInput');
  const madeUp = { ...upload, grants: ['A'.repeat(32)] };
  expect((await transfers.envelope('tasks.start', madeUp)).error?.code).toBe('GrantRefused');

  await transfers.expand();
  await expect(transfers.region.getByText(/^No transfers\./)).toBeVisible();
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: session.bucket.name }));
  expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual([
    'docs/guide.md',
    'existing.txt',
  ]);
});

test('incomplete uploads are listed with their parts and aborted', async ({ page }, testInfo) => {
  const { transfers } = await openBucket(page);
  const created = await admin.send(
    new CreateMultipartUploadCommand({ Bucket: session.bucket.name, Key: 'abandoned/big.iso' }),
  );
  await admin.send(
    new UploadPartCommand({
      Bucket: session.bucket.name,
      Key: 'abandoned/big.iso',
      UploadId: created.UploadId,
      PartNumber: 1,
      Body: randomBytes(64 * 1024),
    }),
  );

  await transfers.expand();
  await transfers.tab('Incomplete uploads').click();
  await transfers.region.getByLabel('Connection').selectOption({ label: 'Local RGW' });
  await transfers.region.getByLabel('Bucket').selectOption(session.bucket.name);
  const table = transfers.region.getByRole('table', { name: 'Incomplete uploads' });
  const row = table.getByRole('row', { name: 'abandoned/big.iso' });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Parts' }).click();
  await expect(
    transfers.region.getByRole('table', { name: 'Parts of abandoned/big.iso' }),
  ).toContainText('64 KiB');
  await panelScreenshots(page, transfers, testInfo, 'panel-incomplete');

  await row.getByRole('button', { name: 'Abort the upload of abandoned/big.iso' }).click();
  await expect(transfers.region.getByText('No incomplete uploads in this bucket.')).toBeVisible();
  expect(await multipartUploads(session.bucket.name)).toEqual([]);
});
