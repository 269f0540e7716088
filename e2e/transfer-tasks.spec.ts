import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { transferSession } from './fixtures/transfer-session.js';

// Uploads and downloads are tasks: one request (a drop, a "Download…") is one row in the
// activity panel, whatever it holds, and a question about a name that exists is asked in it.

const session = transferSession({
  label: 'xtask',
  objects: { 'report.txt': 'the server copy' },
});
const { admin, openBucket } = session;

async function stored(key: string): Promise<string> {
  const out = await admin.send(new GetObjectCommand({ Bucket: session.bucket.name, Key: key }));
  return (await out.Body?.transformToString()) ?? '';
}

test('a drop of two files and a folder is one row that counts its files and ends done', async ({
  page,
}) => {
  const { app, transfers } = await openBucket(page);
  await transfers.dropTree(app.objects, {
    'one.txt': 'first loose file',
    'two.txt': 'second loose file',
    'album/a.txt': 'in the folder',
    'album/deep/b.txt': 'deeper in the folder',
  });

  await transfers.expand();
  const row = transfers.job('3 items');
  await transfers.expectDone('3 items');
  // Three items as dropped; four files once the folder was walked.
  await expect(row).toContainText('4 of 4 files');
  await expect(transfers.jobs).toHaveCount(1);
  await expect(transfers.summary).toBeHidden();
  await expectAccessible(page, 'activity panel: one upload of a drop');

  const listed = await admin.send(new ListObjectsV2Command({ Bucket: session.bucket.name }));
  expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual([
    'album/a.txt',
    'album/deep/b.txt',
    'one.txt',
    'report.txt',
    'two.txt',
  ]);
  expect(await stored('album/deep/b.txt')).toBe('deeper in the folder');
  expect(await stored('one.txt')).toBe('first loose file');
  // The listing shows what landed without a manual refresh.
  await expect(app.row('album/')).toBeVisible();
});

test('a download onto a file that exists asks in its row, and "Keep both" keeps both files', async ({
  page,
}) => {
  const destination = join(session.home, 'saved');
  await mkdir(destination, { recursive: true });
  const { app, transfers } = await openBucket(page);
  const dialog = page.getByRole('dialog', { name: 'Download' });
  const download = async () => {
    await app.row('report.txt').click();
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    // The dialog starts where the last download went.
    const field = dialog.getByLabel('Destination folder');
    await expect(field).toHaveValue(/./);
    if ((await field.inputValue()) !== destination)
      await transfers.pickDownloadFolder(dialog, ['saved']);
    await dialog.getByLabel('If a file already exists').selectOption('ask');
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(dialog).toBeHidden();
  };

  // The first time nothing is there: no question.
  await download();
  await transfers.expand();
  await transfers.expectDone('report.txt');
  await transfers.region.getByRole('button', { name: 'Clear finished' }).click();
  await expect(transfers.jobs).toHaveCount(0);

  await download();
  const row = transfers.job('report.txt');
  await transfers.expectState('report.txt', 'Waiting for your answer');
  const question = row.getByRole('group');
  await expect(question).toContainText('already exists on this computer. Replace it?');
  await expect(question).toContainText(join(destination, 'report.txt'));
  await expect(transfers.summary).toHaveText('1 waiting for your answer');
  await expectAccessible(page, 'activity panel: a download asking about a file that exists');

  await question.getByRole('button', { name: 'Keep both' }).click();
  await transfers.expectDone('report.txt');
  await expect(row.getByRole('group')).toHaveCount(0);
  const copies = (await readdir(destination)).sort();
  expect(copies).toHaveLength(2);
  expect(copies).toContain('report.txt');
  for (const name of copies)
    expect(await readFile(join(destination, name), 'utf8'), name).toBe('the server copy');
});

test('a failed transfer says why, stays through Clear finished, and Retry finishes it once the cause is gone', async ({
  page,
}) => {
  const { transfers } = await openBucket(page);
  const grant = await transfers.spoolGrant('orphan.txt', 'nowhere to go');
  const profiles = await transfers.invoke<{ id: string }[]>('profiles.list', {});
  const gone = `${session.bucket.name}-gone`;
  // Arranged through the contract: no UI offers a bucket that does not exist.
  await transfers.invoke('tasks.start', {
    kind: 'upload',
    profileId: profiles[0]?.id,
    bucket: gone,
    keyPrefix: '',
    grants: [grant],
    conflict: 'overwrite',
  });

  await transfers.expand();
  await transfers.expectState('orphan.txt', 'Failed');
  await expect(transfers.job('orphan.txt').locator('.transfer-error')).toContainText(/bucket/i);
  await expect(transfers.region).toContainText('1 failed');
  // A failed task stays until it is retried or given up: Clear finished leaves it.
  await expect(transfers.region.getByRole('button', { name: 'Clear finished' })).toBeDisabled();
  await expect(transfers.jobButton('orphan.txt', 'Cancel')).toBeVisible();

  await admin.send(new CreateBucketCommand({ Bucket: gone }));
  try {
    await transfers.jobButton('orphan.txt', 'Retry').click();
    await transfers.expectDone('orphan.txt');
    const out = await admin.send(new GetObjectCommand({ Bucket: gone, Key: 'orphan.txt' }));
    expect(await out.Body?.transformToString()).toBe('nowhere to go');
  } finally {
    await admin.send(new DeleteObjectCommand({ Bucket: gone, Key: 'orphan.txt' }));
    await admin.send(new DeleteBucketCommand({ Bucket: gone }));
  }
});

test('a failed transfer can be given up: Cancel ends it, and Clear finished then removes its row', async ({
  page,
}) => {
  const { transfers } = await openBucket(page);
  const grant = await transfers.spoolGrant('lost.txt', 'nowhere to go');
  const profiles = await transfers.invoke<{ id: string }[]>('profiles.list', {});
  await transfers.invoke('tasks.start', {
    kind: 'upload',
    profileId: profiles[0]?.id,
    bucket: `${session.bucket.name}-gone`,
    keyPrefix: '',
    grants: [grant],
    conflict: 'overwrite',
  });

  await transfers.expand();
  await transfers.expectState('lost.txt', 'Failed');
  await transfers.jobButton('lost.txt', 'Cancel').click();
  await transfers.expectState('lost.txt', 'Canceled');
  await transfers.region.getByRole('button', { name: 'Clear finished' }).click();
  await expect(transfers.job('lost.txt')).toHaveCount(0);
});
