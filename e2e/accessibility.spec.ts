import { CreateMultipartUploadCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { bucketSession } from './fixtures/bucket-session.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { samplePng } from './fixtures/preview-samples.js';
import { s3Target } from './fixtures/s3.js';
import { BucketsPage } from './pages/buckets.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { ConnectionsPage } from './pages/connections.js';
import { DestinationPicker } from './pages/destination-picker.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectActionsPage } from './pages/object-actions.js';
import { ObjectPropertiesPage } from './pages/object-properties.js';
import { ObjectsList } from './pages/objects-list.js';
import { PreviewPage } from './pages/preview.js';
import { TransfersPage } from './pages/transfers.js';

// Each test walks several screens and records every screen's serious and critical axe
// violations (light and dark) softly, so one failing run lists all of them with selectors.

test.describe('before any connection', () => {
  let host: RunningHost | undefined;
  test.beforeEach(async () => {
    host = await startBrowserHost();
  });
  test.afterEach(async () => {
    await host?.stop();
  });

  test('the first run and the connection dialog have no serious accessibility violations', async ({
    page,
  }) => {
    if (host === undefined) throw new Error('no host');
    const app = new HoldallApp(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(host.url);
    await app.expectFirstRun();
    await expectAccessible(page, 'first run');

    await page.getByRole('button', { name: 'Add connection' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New connection' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'connection dialog');
    await dialog.getByLabel('Name').fill('Local RGW');
    await dialog.getByLabel('Provider').selectOption('ceph');
    await dialog.getByLabel('Endpoint').fill(s3Target().endpoint);
    // Without keys the form marks the missing fields and says what is wrong.
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByLabel('Access key ID')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'connection dialog with missing keys');

    await dialog.getByLabel('Access key ID').fill(s3Target().accessKeyId);
    await dialog.getByLabel('Secret access key').fill(s3Target().secretAccessKey);
    await dialog.getByLabel('Bucket (optional)').fill('one-bucket');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    // The badge is read as the item's description; the name stays the one the user typed.
    await expect(
      app.connections.getByRole('treeitem', { name: 'Local RGW', exact: true }),
    ).toHaveAccessibleDescription('Only this bucket');
    await expectAccessible(page, 'a bucket-only connection in the sidebar');
  });
});

test.describe('one bucket', () => {
  const session = bucketSession('a11y');

  // Three tests rather than one walk: each stays well inside its budget on a busy machine.
  async function openFiveObjects(page: Page): Promise<ObjectActionsPage> {
    await session.put('photos/beach.txt', 'sand');
    await session.put('reports/2025.csv', 'a,b');
    await session.put('notes.txt', 'the notes', 'text/plain');
    await session.put('photo.png', samplePng(64, 48), 'image/png');
    await session.put('data.json', '{"name":"holdall","tags":["s3"]}', 'application/json');
    await session.open(page);
    const actions = new ObjectActionsPage(page);
    await expect(actions.row('notes.txt')).toBeVisible();
    return actions;
  }

  test('the object list, a selection, the row menu and the delete confirmation have no serious accessibility violations', async ({
    page,
  }) => {
    const actions = await openFiveObjects(page);
    await expectAccessible(page, 'object list');

    await actions.select('photos/', 'notes.txt', 'data.json');
    await expectAccessible(page, 'object list with a selection');

    await actions.row('notes.txt').click({ button: 'right' });
    await expect(actions.menu).toBeVisible();
    await expectAccessible(page, 'object row menu');
    await page.keyboard.press('Escape');
    await expect(actions.menu).toBeHidden();

    await actions.select('photos/', 'notes.txt');
    await page.keyboard.press('Delete');
    const remove = actions.dialog('Delete 1 object and 1 folder?');
    await expect(remove).toBeVisible();
    await expectAccessible(page, 'delete confirmation');
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expect(remove).toBeHidden();
  });

  test('the column chooser and the ETag and Owner columns have no serious accessibility violations', async ({
    page,
  }) => {
    await openFiveObjects(page);
    // Wide enough for every column: axe counts headers scrolled out of the header's clipped
    // overflow as covering the sidebar (e2e/object-columns.spec.ts checks that scrolling).
    await page.setViewportSize({ width: 1440, height: 900 });
    const list = new ObjectsList(page);
    await list.chooser.click();
    await list.columnChoice('ETag').click();
    await list.columnChoice('Owner').click();
    await expect(list.columnChoice('Owner')).toHaveAttribute('aria-checked', 'true');
    await expectAccessible(page, 'column chooser');
    await page.keyboard.press('Escape');
    await expect(list.columnMenu).toBeHidden();
    await expect(await list.cell('notes.txt', 'Owner')).toHaveText('holdall');
    await expectAccessible(page, 'object list with the ETag and Owner columns');
  });

  test('a list sorted before its folder is all loaded has no serious accessibility violations', async ({
    page,
  }) => {
    // The one page is answered as if more followed and the next is held, so the list keeps
    // saying it sorted only the loaded items.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/invoke/objects.list', async (route) => {
      if (route.request().postData()?.includes('continuationToken') === true) {
        await held;
        await route.abort();
        return;
      }
      const response = await route.fetch();
      const envelope = (await response.json()) as {
        value?: { nextContinuationToken: string | null };
      };
      if (envelope.value !== undefined) envelope.value.nextContinuationToken = 'more';
      await route.fulfill({ response, json: envelope });
    });
    await openFiveObjects(page);
    await expect(page.getByRole('group', { name: 'Sort order' })).toContainText(
      'Sorted the 5 loaded items only',
    );
    await expectAccessible(page, 'a sort of a partly loaded folder');
    release();
  });

  test('the object properties and share link dialogs have no serious accessibility violations', async ({
    page,
  }) => {
    const actions = await openFiveObjects(page);
    await actions.row('notes.txt').click();
    const ui = new ObjectPropertiesPage(page);
    await ui.fromRowMenu('notes.txt', 'Properties…');
    const properties = ui.properties('notes.txt');
    await expect(properties).toBeVisible();
    await expect(properties.getByRole('textbox').first()).toBeVisible();
    await expectAccessible(page, 'object properties');
    await properties.getByRole('button', { name: 'Close' }).click();
    await expect(properties).toBeHidden();

    await ui.fromRowMenu('notes.txt', 'Share link…');
    const share = ui.dialog('Share notes.txt');
    await expect(share).toBeVisible();
    await expectAccessible(page, 'share link');
    await page.keyboard.press('Escape');
    await expect(share).toBeHidden();
  });

  test('previews, the command palette and the list in Chinese have no serious accessibility violations', async ({
    page,
  }) => {
    await openFiveObjects(page);
    const preview = new PreviewPage(page);
    const image = await preview.openWithSpace('photo.png');
    await expect(image.getByRole('img', { name: 'Image photo.png' })).toBeVisible();
    await expectAccessible(page, 'image preview');
    await page.keyboard.press('Escape');
    await expect(image).toBeHidden();

    const json = await preview.openFromMenu('data.json');
    await expect(preview.code(json)).toContainText('holdall');
    await expectAccessible(page, 'JSON preview');
    await page.keyboard.press('Escape');
    await expect(json).toBeHidden();

    const palette = new CommandPalettePage(page);
    await palette.openWithKeyboard();
    await expectAccessible(page, 'command palette');
    await page.keyboard.press('Escape');
    await expect(palette.dialog).toBeHidden();

    await new LanguagesPage(page).choose('简体中文');
    await expect(page.getByRole('grid', { name: '对象' })).toBeVisible();
    await expectAccessible(page, 'object list in Simplified Chinese');
  });

  test('the transfers panel and incomplete uploads have no serious accessibility violations', async ({
    page,
  }) => {
    await session.put('existing.txt', 'already here');
    await session.open(page);
    const transfers = new TransfersPage(page);
    await transfers.filesInput.setInputFiles({
      name: 'upload.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('uploaded'),
    });
    await transfers.expand();
    await transfers.expectDone('upload.txt');
    await expectAccessible(page, 'transfers panel with a finished upload');

    // A name that exists: the upload asks in the panel (the default policy) and waits.
    await transfers.filesInput.setInputFiles({
      name: 'existing.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('again'),
    });
    const question = transfers.job('existing.txt').getByRole('group');
    await expect(question).toContainText('already exists in the bucket');
    await expectAccessible(page, 'transfers panel asking about an uploaded name');
    await question.getByRole('button', { name: 'Skip' }).click();
    await transfers.expectDone('existing.txt');

    const grant = await transfers.spoolGrant('orphan.txt', 'nowhere to go');
    const profiles = await transfers.invoke<{ id: string }[]>('profiles.list', {});
    // Arranged through the contract: no UI offers a bucket that does not exist.
    await transfers.invoke('tasks.start', {
      kind: 'upload',
      profileId: profiles[0]?.id,
      bucket: `${session.bucketName()}-gone`,
      keyPrefix: '',
      grants: [grant],
      conflict: 'overwrite',
    });
    await transfers.expectState('orphan.txt', 'Failed');
    await expectAccessible(page, 'transfers panel with a failed upload');

    const bucket = session.bucketName();
    await session.admin.send(
      new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'abandoned/big.iso' }),
    );
    await transfers.tab('Incomplete uploads').click();
    await transfers.region.getByLabel('Connection').selectOption({ label: 'Local RGW' });
    await transfers.region.getByLabel('Bucket').selectOption(bucket);
    await expect(
      transfers.region
        .getByRole('table', { name: 'Incomplete uploads' })
        .getByRole('row', { name: 'abandoned/big.iso' }),
    ).toBeVisible();
    await expectAccessible(page, 'incomplete uploads');
  });
  async function expectRowMenuDialogsAccessible(
    page: Page,
    dialogs: readonly [row: string, entry: string, dialog: string | RegExp][],
  ): Promise<void> {
    const ui = new ObjectPropertiesPage(page);
    for (const [row, entry, name] of dialogs) {
      await ui.row(row).click();
      await ui.fromRowMenu(row, entry);
      const dialog = ui.dialog(name);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(/^Reading /)).toHaveCount(0);
      await expectAccessible(page, `${entry} dialog`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }

  // Split in three so that each stays well inside its budget on a busy machine.
  test('the Rename, Copy to… and New folder dialogs have no serious accessibility violations', async ({
    page,
  }) => {
    await session.put('notes.txt', 'the notes', 'text/plain');
    await session.open(page);
    await expectRowMenuDialogsAccessible(page, [
      ['notes.txt', 'Rename…', 'Rename “notes.txt”'],
      ['notes.txt', 'Copy to…', /^Copy /],
      ['notes.txt', 'New folder…', 'New folder'],
    ]);
  });
  test('the ACL and upload form dialogs, and a copy asking about names that exist, have no serious accessibility violations', async ({
    page,
  }) => {
    await session.put('photos/notes.txt', 'older notes');
    await session.put('notes.txt', 'the notes', 'text/plain');
    await session.open(page);
    await expectRowMenuDialogsAccessible(page, [
      ['notes.txt', 'Access control (ACL)…', 'Access control of notes.txt'],
      ['photos/', 'Upload form…', 'Upload form for photos/'],
    ]);

    const actions = new ObjectActionsPage(page);
    await actions.row('notes.txt').click();
    const copy = await actions.sendTo('Copy to…', 'notes.txt', 'photos');
    const question = actions.clashQuestion(copy);
    await expect(question).toBeVisible();
    await expectAccessible(page, 'copy asking about names that exist');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await expect(copy).toBeHidden();
  });
  test('the New bucket and Import from AWS CLI dialogs have no serious accessibility violations', async ({
    page,
  }) => {
    await session.open(page);
    const connections = new ConnectionsPage(page);
    await connections.choose('Local RGW', 'New bucket…');
    const newBucket = connections.dialog('New bucket');
    await expect(newBucket).toBeVisible();
    await expectAccessible(page, 'new bucket dialog');
    await page.keyboard.press('Escape');
    await expect(newBucket).toBeHidden();

    const importDialog = await connections.openImport();
    await expect(importDialog).toBeVisible();
    await expectAccessible(page, 'import from AWS CLI dialog');
  });
  test('the destination tree of Copy to… (open folders, a pick, the focus) has no serious accessibility violations', async ({
    page,
  }) => {
    await session.put('reports/2025/q1.csv', 'a,b');
    await session.put('reports/2024/q4.csv', 'a,b');
    await session.put('notes.txt', 'the notes', 'text/plain');
    await session.open(page);
    const actions = new ObjectActionsPage(page);
    await actions.row('notes.txt').click();
    await actions.fromRowMenu('notes.txt', 'Copy to…');
    const dialog = actions.dialog('Copy 1 object');
    const picker = new DestinationPicker(dialog);
    const bucket = session.bucketName();
    await expect(picker.node(bucket, 'reports')).toBeVisible();
    await picker.pickByMouse(bucket, 'reports', '2025');
    await picker.node(bucket, 'reports', '2024').focus();
    await expectAccessible(page, 'destination tree of the copy dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
  test('an empty bucket, a filter that matches nothing and the delete bucket dialog have no serious accessibility violations', async ({
    page,
  }) => {
    const app = await session.open(page);
    await expect(page.getByText('This folder is empty')).toBeVisible();
    await expectAccessible(page, 'empty bucket');

    await session.put('notes.txt', 'the notes');
    await page.reload();
    await app.openConnection('Local RGW');
    await app.openBucket(session.bucketName());
    const list = new ObjectActionsPage(page);
    await expect(list.row('notes.txt')).toBeVisible();
    await list.filter.fill('no-such-name');
    await expect(list.row('notes.txt')).toBeHidden();
    await expectAccessible(page, 'a filter that matches nothing');

    const dialog = await new BucketsPage(page).deleteByKeyboard(session.bucketName());
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'delete bucket dialog');
  });
});
