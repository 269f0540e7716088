import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { rawInvoke, test } from './fixtures/electron-standin/fixture.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { OpenDownloadPage } from './pages/open-download.js';
import { TransfersPage } from './pages/transfers.js';

// The Electron host's native file handling, through the bundled main process and preload in the
// stand-in (docs/architecture.md, "Native dialogs and drag out"): open/save dialogs that grant
// only what the user picked, dragging files out, and opening a downloaded file with its app.

async function openBucket(page: Page, bucket: string): Promise<HoldallApp> {
  const holdall = new HoldallApp(page);
  await holdall.expectFirstRun();
  await holdall.addConnection('Local RGW', s3Target());
  await holdall.openConnection('Local RGW');
  await holdall.openBucket(bucket);
  return holdall;
}

async function objectBytes(admin: S3Client, bucket: string, key: string): Promise<Buffer> {
  const got = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from((await got.Body?.transformToByteArray()) ?? []);
}

async function put(admin: S3Client, bucket: string, key: string, body: Buffer): Promise<void> {
  await admin.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

test('Upload files… and Upload folder… ask the native open dialog and upload exactly what was picked; Cancel does nothing', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'native-up');
  const local = await mkdtemp(join(tmpdir(), 'holdall-native-up-'));
  try {
    await bucket.put({ 'already.txt': 'here' });
    const holdall = await openBucket(page, bucket.name);
    await expect(holdall.row('already.txt')).toBeVisible();
    const one = randomBytes(70_000);
    const two = Buffer.from('second file\n');
    await writeFile(join(local, 'one.bin'), one);
    await writeFile(join(local, 'two.txt'), two);
    await mkdir(join(local, 'tree', 'sub'), { recursive: true });
    await writeFile(join(local, 'tree', 'sub', 'deep.txt'), 'deep');
    const uploadFiles = page.getByRole('button', { name: 'Upload files', exact: true });
    const uploadFolder = page.getByRole('button', { name: 'Upload folder', exact: true });

    standin.dialogAnswers.push({ canceled: true });
    await uploadFiles.click();
    await expect.poll(() => standin.records.dialogs.length).toBe(1);
    expect(standin.records.dialogs[0]?.options).toEqual({
      properties: ['openFile', 'multiSelections'],
    });

    standin.dialogAnswers.push({
      canceled: false,
      filePaths: [join(local, 'one.bin'), join(local, 'two.txt')],
    });
    await uploadFiles.click();
    await expect(holdall.row('one.bin')).toBeVisible({ timeout: 30_000 });
    await expect(holdall.row('two.txt')).toBeVisible({ timeout: 30_000 });
    expect((await objectBytes(admin, bucket.name, 'one.bin')).equals(one)).toBe(true);
    expect((await objectBytes(admin, bucket.name, 'two.txt')).equals(two)).toBe(true);

    standin.dialogAnswers.push({ canceled: false, filePaths: [join(local, 'tree')] });
    await uploadFolder.click();
    await expect(holdall.row('tree/')).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(() =>
        objectBytes(admin, bucket.name, 'tree/sub/deep.txt').then(
          (b) => b.toString(),
          () => '',
        ),
      )
      .toBe('deep');
    expect(standin.records.dialogs.map((d) => d.options)).toEqual([
      { properties: ['openFile', 'multiSelections'] },
      { properties: ['openFile', 'multiSelections'] },
      { properties: ['openDirectory'] },
    ]);
    // The canceled pick uploaded nothing: the bucket holds what was picked, and nothing else.
    const listed = await admin.send(new ListObjectsV2Command({ Bucket: bucket.name }));
    expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual([
      'already.txt',
      'one.bin',
      'tree/sub/deep.txt',
      'two.txt',
    ]);

    // A page naming a path of its own gets grants for what the dialog answered, never its path.
    standin.dialogAnswers.push({ canceled: false, filePaths: [join(local, 'two.txt')] });
    const answer = (await rawInvoke(page, 'holdall:grant', [
      'openFiles',
      [{ path: '/etc/passwd', relativePath: 'passwd' }],
    ])) as { ok: boolean; value: string[] };
    expect(answer.ok).toBe(true);
    expect(answer.value).toHaveLength(1);
    // A picked file inside Holdall's data folder is refused, not granted.
    standin.dialogAnswers.push({ canceled: false, filePaths: [electronApp.dataDir] });
    expect(await rawInvoke(page, 'holdall:grant', ['openFolder'])).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused' },
    });
  } finally {
    await rm(local, { recursive: true, force: true });
    await bucket.remove();
    admin.destroy();
  }
});

test('Download as… writes the one object to exactly the file named in the save dialog, Cancel writes nothing, and Open opens only that file', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'native-save');
  const local = await mkdtemp(join(tmpdir(), 'holdall-native-save-'));
  try {
    const bytes = randomBytes(120_000);
    await put(admin, bucket.name, 'report.pdf', bytes);
    await bucket.put({ 'other.txt': 'other' });
    await openBucket(page, bucket.name);
    const ui = new OpenDownloadPage(page);
    await expect(ui.row('report.pdf')).toBeVisible();

    standin.dialogAnswers.push({ canceled: true });
    await ui.fromRowMenu('report.pdf', 'Download as…');
    await expect.poll(() => standin.records.dialogs.length).toBe(1);
    const [asked] = standin.records.dialogs;
    expect(asked?.kind).toBe('save');
    const options = asked?.options as { defaultPath: string; properties: string[] };
    expect(basename(options.defaultPath)).toBe('report.pdf');
    expect(options.properties).toContain('showOverwriteConfirmation');

    const target = join(local, 'my copy.pdf');
    await writeFile(target, 'the file the save dialog asked to replace');
    standin.dialogAnswers.push({ canceled: false, filePath: target });
    await ui.fromRowMenu('report.pdf', 'Download as…');
    const notice = ui.notices.getByText('Downloaded “report.pdf”');
    await expect(notice).toBeVisible({ timeout: 30_000 });
    expect((await readFile(target)).equals(bytes)).toBe(true);
    // Exactly that file: no file under the key's name, no temporary file left beside it.
    expect(await readdir(local)).toEqual(['my copy.pdf']);
    expect(standin.records.opened).toEqual([]);

    await ui.notices.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => standin.records.opened).toEqual([target]);
    // The download's row in the activity panel opens the same file.
    const transfers = new TransfersPage(page);
    await transfers.expand();
    await transfers.expectDone('report.pdf');
    await transfers.job('report.pdf').getByRole('button', { name: 'Open report.pdf' }).click();
    await expect.poll(() => standin.records.opened).toEqual([target, target]);

    // Anything else is refused: a made-up id, a path in place of an id, an upload's id.
    const openFile = (input: unknown) =>
      rawInvoke(page, 'holdall:invoke', ['transfers.openFile', input]);
    expect(await openFile({ id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
    });
    expect(await openFile({ id: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
    expect(await openFile({ path: target })).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
    expect(standin.records.opened).toEqual([target, target]);

    // "Download as…" is for one file: with two selected it is offered disabled.
    await ui.row('other.txt').click({ modifiers: ['ControlOrMeta'] });
    await ui.row('other.txt').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Object actions' });
    await expect(menu.getByRole('menuitem', { name: 'Download…' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Download as…' })).toBeDisabled();
    await page.keyboard.press('Escape');
    // A save dialog answer for the app's own data folder grants nothing.
    standin.dialogAnswers.push({
      canceled: false,
      filePath: join(electronApp.dataDir, 'profiles.json'),
    });
    expect(await rawInvoke(page, 'holdall:grant', ['saveFile', 'x'])).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused' },
    });
  } finally {
    await rm(local, { recursive: true, force: true });
    await bucket.remove();
    admin.destroy();
  }
});

test('dragging file rows out downloads them first (shown in the transfers panel), then starts the system drag with their exact bytes', async ({
  electronApp,
}) => {
  const { page, standin, contents, dataDir } = electronApp;
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'drag-out');
  try {
    const first = randomBytes(150_000);
    const second = Buffer.from('second\n');
    await put(admin, bucket.name, 'first.bin', first);
    await put(admin, bucket.name, 'second.txt', second);
    await bucket.put({ 'folder/inside.txt': 'inside' });
    const holdall = await openBucket(page, bucket.name);
    const transfers = new TransfersPage(page);
    await expect(holdall.row('first.bin')).toBeVisible();
    // Files can be dragged; folders are left out of drags for now.
    await expect(holdall.row('first.bin')).toHaveAttribute('draggable', 'true');
    await expect(holdall.row('folder/')).not.toHaveAttribute('draggable', 'true');

    await holdall.row('first.bin').dispatchEvent('dragstart');
    await expect.poll(() => contents.drags.length, { timeout: 30_000 }).toBe(1);
    const [drag] = contents.drags;
    expect(drag?.files.map((f) => basename(f))).toEqual(['first.bin']);
    expect(drag?.bytes[0]?.equals(first)).toBe(true);
    expect(drag?.file.startsWith(join(dataDir, 'drag-out'))).toBe(true);
    await transfers.expand();
    await transfers.expectDone('first.bin');

    // A selection of files drags together.
    await holdall.row('first.bin').click();
    await holdall.row('second.txt').click({ modifiers: ['ControlOrMeta'] });
    await holdall.row('second.txt').dispatchEvent('dragstart');
    await expect.poll(() => contents.drags.length, { timeout: 30_000 }).toBe(2);
    const both = contents.drags[1];
    expect(both?.files.map((f) => basename(f))).toEqual(['first.bin', 'second.txt']);
    expect(both?.bytes[0]?.equals(first)).toBe(true);
    expect(both?.bytes[1]?.equals(second)).toBe(true);

    // A folder row starts no drag; the page cannot name a folder, a path or a field of its own.
    await holdall.row('folder/').dispatchEvent('dragstart');
    const profileId = (
      (await rawInvoke(page, 'holdall:invoke', ['profiles.list', {}])) as {
        value: { id: string }[];
      }
    ).value[0]?.id;
    for (const request of [
      { profileId, bucket: bucket.name, keys: ['folder/'] },
      { profileId, bucket: bucket.name, keys: ['first.bin'], destinationDir: tmpdir() },
      { profileId, bucket: bucket.name, keys: ['x/..'] },
      '/etc/passwd',
    ])
      expect(await rawInvoke(page, 'holdall:drag-out', [request])).toMatchObject({
        ok: false,
        error: { code: 'InvalidInput' },
      });
    expect(contents.drags).toHaveLength(2);

    // The dragged copies do not outlive the app.
    standin.quit();
    expect(await readdir(dataDir)).not.toContain('drag-out');
  } finally {
    await bucket.remove();
    admin.destroy();
  }
});
