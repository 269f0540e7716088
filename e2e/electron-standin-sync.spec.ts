import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { listKeys, readText } from './fixtures/actions-session.js';
import { rawInvoke, test } from './fixtures/electron-standin/fixture.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectActionsPage } from './pages/object-actions.js';
import { TransfersPage } from './pages/transfers.js';

// Compare and sync in the desktop app, through the bundled main process and preload in the
// stand-in (docs/architecture.md, "Native dialogs and drag out"): the folder dialog, asked for a
// sync, grants the folder for reading and for writing, so a sync goes up as well as down.

async function expectTaskDone(page: Page, name: string): Promise<void> {
  await new TransfersPage(page).expand();
  const row = page
    .getByRole('region', { name: 'Activity' })
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem', { name, exact: true });
  await expect(row.locator('.transfer-state')).toHaveText('Done');
}

test('a folder picked in the native dialog syncs up and down', async ({ electronApp }) => {
  const { page, standin } = electronApp;
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'native-sync');
  const local = await mkdtemp(join(tmpdir(), 'holdall-native-sync-'));
  try {
    await bucket.put({
      'site/same.txt': 'same',
      'site/changed.txt': 'old',
      'site/only-there.txt': 'only in the bucket',
    });
    await writeFile(join(local, 'same.txt'), 'same');
    await writeFile(join(local, 'changed.txt'), 'changed in the folder, and longer');
    await writeFile(join(local, 'new.txt'), 'only in the folder');
    const holdall = new HoldallApp(page);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    const actions = new ObjectActionsPage(page);
    await expect(actions.row('site/')).toBeVisible();

    const compare = async (direction: string) => {
      await actions.fromRowMenu('site/', 'Compare with local folder…');
      const dialog = actions.dialog(`Compare ${bucket.name}/site/ with a local folder`);
      standin.dialogAnswers.push({ canceled: false, filePaths: [local] });
      await dialog.getByRole('button', { name: 'Choose folder…' }).click();
      await expect(dialog.getByLabel('Local folder')).toHaveValue(local);
      await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
      await expect(
        dialog.getByRole('region', { name: 'Newer here' }).getByRole('listitem'),
      ).toHaveText(['changed.txt']);
      await dialog.getByLabel(direction).check();
      await dialog.getByRole('button', { name: 'Sync…' }).click();
      await dialog.getByRole('button', { name: 'Sync now' }).click();
      await expect(dialog.getByText('The sync runs in the Activity panel.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();
    };

    // Up: refused before, as the dialog granted writing only; now the folder's files are sent.
    await compare('Upload what differs');
    await expectTaskDone(page, `Sync up to ${bucket.name}/site/`);
    expect(await readText(admin, bucket.name, 'site/new.txt')).toBe('only in the folder');
    expect(await readText(admin, bucket.name, 'site/changed.txt')).toBe(
      'changed in the folder, and longer',
    );

    // Down, with the same kind of pick: the folder gets the bucket's copies of what differs.
    await writeFile(join(local, 'changed.txt'), 'changed again, here only');
    await compare('Download what differs');
    await expectTaskDone(page, `Sync down from ${bucket.name}/site/`);
    expect(await readFile(join(local, 'only-there.txt'), 'utf8')).toBe('only in the bucket');
    // Edited here after the upload, the file is newer than the bucket's copy: a download keeps it.
    expect(await readFile(join(local, 'changed.txt'), 'utf8')).toBe('changed again, here only');
    expect(await listKeys(admin, bucket.name, 'site/')).toEqual([
      'site/changed.txt',
      'site/new.txt',
      'site/only-there.txt',
      'site/same.txt',
    ]);
    expect(standin.records.dialogs.map((d) => d.options)).toEqual([
      { properties: ['openDirectory', 'createDirectory'] },
      { properties: ['openDirectory', 'createDirectory'] },
    ]);

    // A download's pick (no purpose) still gets a write grant alone; a made-up purpose nothing.
    standin.dialogAnswers.push({ canceled: false, filePaths: [local] });
    const plain = (await rawInvoke(page, 'holdall:grant', ['pickFolder'])) as {
      value: Record<string, unknown>;
    };
    expect(Object.keys(plain.value).sort()).toEqual(['grant', 'path']);
    expect(await rawInvoke(page, 'holdall:grant', ['pickFolder', 'everything'])).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
  } finally {
    await rm(local, { recursive: true, force: true });
    await bucket.remove();
  }
});
