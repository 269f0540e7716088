import {
  DeleteBucketPolicyCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, denyListing, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectActionsPage } from './pages/object-actions.js';
import { TransfersPage } from './pages/transfers.js';

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;
const extraBuckets: TestBucket[] = [];

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'actions');
  await bucket.put({
    'notes.txt': 'the notes, byte for byte',
    'todo.md': '- rename me',
    'photos/a.jpg': 'jpeg a',
    'photos/b.jpg': 'jpeg b',
    'photos/2024/c.jpg': 'jpeg c',
    'docs/guide.md': '# Guide',
  });
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
  for (const extra of extraBuckets.splice(0)) await extra.remove();
});

async function keys(bucketName: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  let token: string | undefined;
  do {
    const page = await admin.send(
      new ListObjectsV2Command({ Bucket: bucketName, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key !== undefined) found.push(o.Key);
    token = page.NextContinuationToken;
  } while (token !== undefined);
  return found.sort();
}

async function text(bucketName: string, key: string): Promise<string> {
  const out = await admin.send(new GetObjectCommand({ Bucket: bucketName, Key: key }));
  return (await out.Body?.transformToString()) ?? '';
}

const FILES = 1_500;

/** A folder "big/" of small objects (1,500 unless told), each holding its own number. */
async function putBigFolder(count = FILES): Promise<Record<string, string>> {
  const objects: Record<string, string> = {};
  for (let i = 0; i < count; i++) objects[`big/file-${String(i).padStart(4, '0')}.txt`] = `${i}`;
  await bucket.put(objects);
  return objects;
}

async function openBucket(page: Page): Promise<ObjectActionsPage> {
  const app = new HoldallApp(page);
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  const actions = new ObjectActionsPage(page);
  await expect(actions.row('notes.txt')).toBeVisible();
  return actions;
}

test('the row menu and the Actions menu list the object actions and work from the keyboard', async ({
  page,
}, testInfo) => {
  const actions = await openBucket(page);

  await test.step('a right click selects the row and opens its menu', async () => {
    await actions.row('notes.txt').click({ button: 'right' });
    await expect(actions.menu).toBeVisible();
    await expect(actions.row('notes.txt')).toHaveAttribute('aria-selected', 'true');
    const entries = await actions.menuEntries();
    // Other features add entries of their own; ours must all be there, in their groups.
    for (const label of ['New folder…', 'Rename…', 'Move to…', 'Copy to…', 'Delete…']) {
      expect(entries).toContain(label);
    }
    expect(entries.indexOf('Delete…')).toBeGreaterThan(entries.indexOf('—'));
    await expect(actions.menu.getByRole('menuitem').first()).toBeFocused();
    await screenshotBothSchemes(page, testInfo, 'object-menu');
  });

  await test.step('a right click beside the rows is about the folder: no selection', async () => {
    await page.keyboard.press('Escape');
    const blank = await actions.grid.boundingBox();
    if (blank === null) throw new Error('the list has no box');
    await page.mouse.click(blank.x + 200, blank.y + blank.height - 40, { button: 'right' });
    await expect(actions.menu).toBeVisible();
    await expect(actions.row('notes.txt')).toHaveAttribute('aria-selected', 'false');
    const entries = await actions.menuEntries();
    expect(entries).toContain('New folder…');
    expect(entries).toContain('Rename… (disabled)');
    await page.keyboard.press('Escape');
    await actions.row('notes.txt').click({ button: 'right' });
    await expect(actions.menu).toBeVisible();
  });

  await test.step('arrows move, Escape closes and gives focus back to the row', async () => {
    await page.keyboard.press('ArrowDown');
    await expect(actions.menu.getByRole('menuitem').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(actions.menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(actions.menu).toBeHidden();
    await expect(actions.row('notes.txt')).toBeFocused();
  });

  await test.step('Shift+F10 on the focused row opens the same menu; Enter runs an entry', async () => {
    await page.keyboard.press('Shift+F10');
    await expect(actions.menu).toBeVisible();
    await actions.arrowTo('Rename…');
    await page.keyboard.press('Enter');
    const dialog = actions.dialog('Rename “notes.txt”');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(actions.row('notes.txt')).toBeFocused();
  });

  await test.step('the toolbar Actions menu: with nothing selected, selection actions are disabled', async () => {
    await page.keyboard.press('Escape');
    await expect(actions.row('notes.txt')).toHaveAttribute('aria-selected', 'false');
    await actions.actionsButton.click();
    await expect(actions.menu).toBeVisible();
    const entries = await actions.menuEntries();
    expect(entries).toContain('New folder…');
    expect(entries).toContain('Rename… (disabled)');
    expect(entries).toContain('Delete… (disabled)');
    // A disabled entry does nothing.
    await actions.arrowTo('Delete…');
    await page.keyboard.press('Enter');
    await expect(actions.dialog(/^Delete/)).toHaveCount(0);
    await expect(actions.menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(actions.menu).toBeHidden();
    await expect(actions.actionsButton).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(actions.menu).toBeVisible();
    await expect(actions.menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(actions.menu).toBeHidden();
  });
});

test('New folder: the name is checked as it is typed, and the folder marker lands on the server', async ({
  page,
}) => {
  const actions = await openBucket(page);
  const before = await keys(bucket.name);
  await actions.newFolderButton.click();
  const dialog = actions.dialog('New folder');
  const name = dialog.getByLabel('Folder name');
  await expect(name).toBeFocused();

  await name.fill('2024/reports');
  await expect(dialog.getByText('A name cannot contain “/”')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.press('Enter');
  await name.fill('photos');
  await expect(dialog.getByText('A folder named “photos” already exists here')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeVisible();
  // Nothing was sent: the server holds what it held.
  expect(await keys(bucket.name)).toEqual(before);

  await name.fill('reports 2024');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await name.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(actions.row('reports 2024/')).toBeVisible();
  const marker = await admin.send(
    new HeadObjectCommand({ Bucket: bucket.name, Key: 'reports 2024/' }),
  );
  expect(marker.ContentLength).toBe(0);
});

test('Rename with F2 moves an object and a whole folder; a taken name is refused', async ({
  page,
}) => {
  const actions = await openBucket(page);

  await test.step('an object: the old key is gone, the bytes are intact under the new one', async () => {
    await actions.row('notes.txt').click();
    await page.keyboard.press('F2');
    const dialog = actions.dialog('Rename “notes.txt”');
    const name = dialog.getByLabel('New name');
    await expect(name).toHaveValue('notes.txt');
    // The stem is selected: typing replaces it and keeps the extension.
    await page.keyboard.type('minutes');
    await expect(name).toHaveValue('minutes.txt');
    await name.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(actions.row('minutes.txt')).toBeVisible();
    await expect(actions.row('notes.txt')).toHaveCount(0);
    expect(await keys(bucket.name, 'notes')).toEqual([]);
    expect(await text(bucket.name, 'minutes.txt')).toBe('the notes, byte for byte');
  });

  await test.step('a taken name is refused and nothing moves', async () => {
    await actions.row('todo.md').click();
    await page.keyboard.press('F2');
    const dialog = actions.dialog('Rename “todo.md”');
    await dialog.getByLabel('New name').fill('minutes.txt');
    await expect(
      dialog.getByText('An object named “minutes.txt” already exists here'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await text(bucket.name, 'todo.md')).toBe('- rename me');
    expect(await text(bucket.name, 'minutes.txt')).toBe('the notes, byte for byte');
  });

  await test.step('a folder of several objects, its subfolder included', async () => {
    await actions.row('photos/').click();
    await page.keyboard.press('F2');
    const dialog = actions.dialog('Rename “photos”');
    await dialog.getByLabel('New name').fill('pictures');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeHidden();
    await expect(actions.row('pictures/')).toBeVisible();
    await expect(actions.row('photos/')).toHaveCount(0);
    expect(await keys(bucket.name, 'photos/')).toEqual([]);
    expect(await keys(bucket.name, 'pictures/')).toEqual([
      'pictures/2024/c.jpg',
      'pictures/a.jpg',
      'pictures/b.jpg',
    ]);
    expect(await text(bucket.name, 'pictures/2024/c.jpg')).toBe('jpeg c');
  });
});

test('renaming a big folder shows its progress and moves every object', async ({ page }) => {
  // Enough objects for progress to show for seconds; 1,500 took a minute on an idle machine
  // and overran the budget under load (RGW copies about 30 objects a second on two cores).
  test.setTimeout(120_000);
  const files = 300;
  await putBigFolder(files);
  const actions = await openBucket(page);

  await actions.row('big/').click();
  await page.keyboard.press('F2');
  const dialog = actions.dialog('Rename “big”');
  await dialog.getByLabel('New name').fill('huge');
  await dialog.getByLabel('New name').press('Enter');
  // Objects done so far inside the folder, while the move runs.
  await expect(dialog.getByRole('status')).toContainText(/big\/: [\d,]+ (of 300|objects so far)/);
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(actions.row('huge/')).toBeVisible();
  expect(await keys(bucket.name, 'big/')).toEqual([]);
  const moved = await keys(bucket.name, 'huge/');
  expect(moved).toHaveLength(files);
  expect(await text(bucket.name, 'huge/file-0234.txt')).toBe('234');
});

test('Copy to another bucket keeps both; Move of a multi-selection leaves nothing behind', async ({
  page,
}) => {
  const other = await createTestBucket(admin, 'dest');
  extraBuckets.push(other);
  const actions = await openBucket(page);

  await test.step('copy an object and a folder into a folder of another bucket', async () => {
    await actions.select('docs/', 'notes.txt');
    await actions.fromRowMenu('notes.txt', 'Copy to…');
    const dialog = actions.dialog('Copy 1 object and 1 folder');
    await dialog.getByLabel('Destination bucket').selectOption(other.name);
    await dialog.getByLabel('Destination folder').fill('incoming');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog).toBeHidden();
    expect(await keys(other.name)).toEqual(['incoming/docs/guide.md', 'incoming/notes.txt']);
    expect(await text(other.name, 'incoming/notes.txt')).toBe('the notes, byte for byte');
    expect(await keys(bucket.name, 'docs/')).toEqual(['docs/guide.md']);
    expect(await keys(bucket.name, 'notes.txt')).toEqual(['notes.txt']);
  });

  await test.step('a move into the folder being moved is refused before anything is sent', async () => {
    await actions.select('photos/', 'todo.md');
    await actions.fromRowMenu('todo.md', 'Move to…');
    const dialog = actions.dialog('Move 1 object and 1 folder');
    await dialog.getByLabel('Destination folder').fill('photos/2024');
    await expect(dialog.getByText('“photos/” cannot go inside itself')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Move' })).toBeDisabled();

    await dialog.getByLabel('Destination folder').fill('archive/');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect(dialog).toBeHidden();
    await expect(actions.row('archive/')).toBeVisible();
    await expect(actions.row('todo.md')).toHaveCount(0);
    expect(await keys(bucket.name, 'photos/')).toEqual([]);
    expect(await keys(bucket.name, 'todo.md')).toEqual([]);
    expect(await keys(bucket.name, 'archive/')).toEqual([
      'archive/photos/2024/c.jpg',
      'archive/photos/a.jpg',
      'archive/photos/b.jpg',
      'archive/todo.md',
    ]);
  });
});

test('a bucket-only connection types the destination bucket, as it may not list buckets', async ({
  page,
}) => {
  const conns = new ConnectionsPage(page);
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto(host.url);
  const form = await conns.add('Scoped', s3Target(), bucket.name);
  await conns.save(form);
  const app = new HoldallApp(page);
  await app.openConnection('Scoped');
  await app.openBucket(bucket.name);
  const actions = new ObjectActionsPage(page);

  await actions.fromRowMenu('notes.txt', 'Copy to…');
  const dialog = actions.dialog('Copy 1 object');
  const destination = dialog.getByRole('textbox', { name: 'Destination bucket' });
  await expect(destination).toHaveValue(bucket.name);
  await expect(dialog).toContainText('cannot be listed: type the name');
  await destination.fill('');
  await expect(dialog.getByText('Choose or type a bucket')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeDisabled();
  await destination.fill(bucket.name);
  await dialog.getByLabel('Destination folder').fill('copies');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(bucket.name, 'copies/notes.txt')).toBe('the notes, byte for byte');
  expect(await text(bucket.name, 'notes.txt')).toBe('the notes, byte for byte');
});

test('Delete asks first: Cancel deletes nothing, Delete removes the objects and everything under the folders', async ({
  page,
}, testInfo) => {
  const actions = await openBucket(page);
  await actions.select('photos/', 'notes.txt', 'todo.md');
  await page.keyboard.press('Delete');
  const dialog = actions.dialog('Delete 2 objects and 1 folder?');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Each folder is deleted with everything under it');
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshotBothSchemes(page, testInfo, 'delete-confirmation');

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await keys(bucket.name)).toHaveLength(6);

  await page.keyboard.press('Delete');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  expect(await keys(bucket.name)).toEqual(['docs/guide.md']);
  await expect(actions.row('photos/')).toHaveCount(0);
  await expect(actions.row('notes.txt')).toHaveCount(0);
  await expect(actions.row('docs/')).toBeVisible();
  // Focus stays in the list, on a row that still exists.
  await expect(actions.grid.getByRole('row', { name: 'docs/' })).toBeFocused();
  await expect(page.getByTestId('objects-footer')).toHaveText('1 item');
});

test('focus stays in the list when the refreshed rows arrive only after the delete dialog closed', async ({
  page,
}) => {
  const actions = await openBucket(page);
  await actions.select('todo.md');
  // The listing after the delete is held back, so the dialog gives focus back to the row
  // first and the refresh removes that row afterwards: the order a slow server produces.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke/objects.list', async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.press('Delete');
  const dialog = actions.dialog('Delete 1 object?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(actions.row('todo.md')).toBeFocused();

  release();
  await expect(actions.row('todo.md')).toHaveCount(0);
  // The row that took its place at the end of the list has the focus; the keyboard still works.
  await expect(actions.grid.getByRole('row', { name: 'notes.txt' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(actions.grid.getByRole('row', { name: 'photos/' })).toBeFocused();
});

test('a delete the server partly refuses lists each object it kept, and deletes the rest', async ({
  page,
}) => {
  // The server refuses deleting anything under photos/, whoever asks.
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:DeleteObject',
        Resource: `arn:aws:s3:::${bucket.name}/photos/*`,
      },
    ],
  };
  await admin.send(
    new PutBucketPolicyCommand({ Bucket: bucket.name, Policy: JSON.stringify(policy) }),
  );
  try {
    const actions = await openBucket(page);
    await actions.select('photos/', 'notes.txt');
    await page.keyboard.press('Delete');
    const dialog = actions.dialog('Delete 1 object and 1 folder?');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const failures = dialog.getByRole('list', { name: '3 could not be completed:' });
    await expect(failures).toBeVisible();
    await expect(failures.getByRole('listitem')).toHaveCount(3);
    await expect(failures).toContainText('photos/2024/c.jpg:');
    await expect(dialog.getByRole('alert')).toContainText('1 done.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    expect(await keys(bucket.name, 'notes.txt')).toEqual([]);
    expect(await keys(bucket.name, 'photos/')).toHaveLength(3);
    await expect(actions.row('notes.txt')).toHaveCount(0);
    await expect(actions.row('photos/')).toBeVisible();
  } finally {
    await admin.send(new DeleteBucketPolicyCommand({ Bucket: bucket.name }));
  }
});

test('in Simplified Chinese the menu and the delete confirmation speak Chinese', async ({
  page,
}, testInfo) => {
  await openBucket(page);
  await new LanguagesPage(page).choose('简体中文');
  const grid = page.getByRole('grid', { name: '对象' });
  await grid.getByRole('row', { name: 'notes.txt', exact: true }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: '对象操作' });
  await expect(menu.getByRole('menuitem', { name: '重命名…' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '删除…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await grid
    .getByRole('row', { name: 'photos/', exact: true })
    .click({ modifiers: ['ControlOrMeta'] });
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: '删除 1 个对象和 1 个文件夹？' });
  await expect(dialog).toContainText('此操作无法撤销。');
  await screenshotBothSchemes(page, testInfo, 'delete-confirmation-zh');
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(await keys(bucket.name)).toHaveLength(6);
});

test('the command palette offers the actions that fit the selection', async ({ page }) => {
  const actions = await openBucket(page);
  const palette = new CommandPalettePage(page);

  await actions.row('todo.md').click();
  await palette.openWithKeyboard();
  await palette.run('rename', /^Rename…/);
  const rename = actions.dialog('Rename “todo.md”');
  await expect(rename).toBeVisible();
  await rename.getByRole('button', { name: 'Cancel' }).click();
  await expect(rename).toBeHidden();

  // With nothing selected there is nothing to rename, but a folder can still be made.
  await actions.row('todo.md').press('Escape');
  await palette.openWithKeyboard();
  await palette.input.fill('rename');
  await expect(palette.option(/^Rename…/)).toHaveCount(0);
  await palette.run('new folder', /^New folder…/);
  await expect(actions.dialog('New folder')).toBeVisible();
});

test('the incomplete uploads panel opens on the bucket being browsed', async ({ page }) => {
  await openBucket(page);
  const transfers = new TransfersPage(page);
  await transfers.expand();
  await transfers.tab('Incomplete uploads').click();
  await expect(transfers.region.getByLabel('Bucket')).toHaveValue(bucket.name);
  await expect(transfers.region.getByText('No incomplete uploads in this bucket.')).toBeVisible();
});

test('Copy into a folder where a name exists asks first: Cancel sends nothing, Skip existing keeps it, Replace overwrites', async ({
  page,
}, testInfo) => {
  await bucket.put({ 'incoming/notes.txt': 'the older notes' });
  const actions = await openBucket(page);

  await test.step('the question names the object that exists, and Cancel sends nothing', async () => {
    await actions.select('notes.txt', 'todo.md');
    const dialog = await actions.sendTo('Copy to…', 'todo.md', 'incoming');
    const question = actions.clashQuestion(dialog);
    await expect(question).toBeVisible();
    await expect(question).toHaveAccessibleName('1 item already exists at the destination');
    await expect(question.getByRole('listitem')).toHaveText(['notes.txt']);
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await screenshotBothSchemes(page, testInfo, 'copy-clash-question');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    // Back at the form, nothing sent: the destination is as it was.
    await expect(dialog.getByRole('button', { name: 'Copy' })).toBeEnabled();
    expect(await keys(bucket.name, 'incoming/')).toEqual(['incoming/notes.txt']);
    expect(await text(bucket.name, 'incoming/notes.txt')).toBe('the older notes');

    await test.step('Skip existing copies the other object and leaves the existing one', async () => {
      await dialog.getByRole('button', { name: 'Copy' }).click();
      await question.getByRole('button', { name: 'Skip existing' }).click();
      await expect(dialog).toBeHidden();
      expect(await keys(bucket.name, 'incoming/')).toEqual([
        'incoming/notes.txt',
        'incoming/todo.md',
      ]);
      expect(await text(bucket.name, 'incoming/notes.txt')).toBe('the older notes');
      expect(await text(bucket.name, 'incoming/todo.md')).toBe('- rename me');
    });
  });

  await test.step('Replace overwrites both, now that both exist', async () => {
    await admin.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'incoming/todo.md', Body: 'their todo' }),
    );
    await actions.select('notes.txt', 'todo.md');
    const dialog = await actions.sendTo('Copy to…', 'todo.md', 'incoming/');
    const question = actions.clashQuestion(dialog);
    await expect(question).toHaveAccessibleName('2 items already exist at the destination');
    await expect(question.getByRole('listitem')).toHaveText(['notes.txt', 'todo.md']);
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toBeHidden();
    expect(await text(bucket.name, 'incoming/notes.txt')).toBe('the notes, byte for byte');
    expect(await text(bucket.name, 'incoming/todo.md')).toBe('- rename me');
  });
});

test('a folder move onto a folder that exists asks too; Skip existing leaves each existing object and its source', async ({
  page,
}) => {
  await bucket.put({ 'archive/photos/a.jpg': 'an older a' });
  const actions = await openBucket(page);
  await actions.row('photos/').click();
  const dialog = await actions.sendTo('Move to…', 'photos/', 'archive');
  const question = actions.clashQuestion(dialog);
  await expect(question).toHaveAccessibleName('1 item already exists at the destination');
  await expect(question.getByRole('listitem')).toHaveText(['photos/ (folder: contents merge)']);
  await expect(question).toContainText('a skipped object stays where it is');
  await question.getByRole('button', { name: 'Skip existing' }).click();
  await expect(dialog).toBeHidden();
  expect(await keys(bucket.name, 'archive/')).toEqual([
    'archive/photos/2024/c.jpg',
    'archive/photos/a.jpg',
    'archive/photos/b.jpg',
  ]);
  expect(await text(bucket.name, 'archive/photos/a.jpg')).toBe('an older a');
  expect(await text(bucket.name, 'archive/photos/b.jpg')).toBe('jpeg b');
  // The skipped object was not moved: it stays at its source, nothing is lost.
  expect(await keys(bucket.name, 'photos/')).toEqual(['photos/a.jpg']);
  expect(await text(bucket.name, 'photos/a.jpg')).toBe('jpeg a');
});

test('Stop on a big folder move ends it after the objects in flight: each object is in exactly one place, and the dialog says what was not done', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const objects = await putBigFolder();
  const actions = await openBucket(page);

  await actions.row('big/').click();
  const dialog = await actions.sendTo('Move to…', 'big/', 'dest');
  // Some objects moved already, far from all of them.
  await expect(dialog.getByRole('status')).toContainText(/big\/: [1-9][\d,]* (of 1,500|objects)/);
  await dialog.getByRole('button', { name: 'Stop' }).click();
  const report = dialog.locator('.oa-stop-report');
  await expect(report).toContainText('Stopped. 0 done.', { timeout: 60_000 });
  await expect(report.getByRole('list', { name: '1 not done:' })).toContainText(
    /^big\/ \([\d,]+ objects inside were done, the rest were not\)$/,
  );
  const left = (await keys(bucket.name, 'big/')).map((k) => k.slice('big/'.length));
  const moved = (await keys(bucket.name, 'dest/big/')).map((k) => k.slice('dest/big/'.length));
  expect(moved.length).toBeGreaterThan(0);
  expect(left.length).toBeGreaterThan(0);
  expect(moved.filter((name) => left.includes(name))).toEqual([]);
  expect([...left, ...moved].sort()).toEqual(
    Object.keys(objects).map((k) => k.slice('big/'.length)),
  );
  const partly = await report.getByRole('listitem').textContent();
  expect(partly).toContain(`(${moved.length.toLocaleString('en-US')} objects inside`);
  expect(await text(bucket.name, `dest/big/${moved[0]}`)).toBe(`${Number(moved[0]!.slice(5, 9))}`);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The listing was refreshed: the new folder shows, the old one still holds the rest.
  await expect(actions.row('dest/')).toBeVisible();
  await expect(actions.row('big/')).toBeVisible();
});

test('a destination the connection may not list is said so, and offers only Replace or Cancel', async ({
  page,
}) => {
  const other = await createTestBucket(admin, 'wonly');
  extraBuckets.push(other);
  await other.put({ 'in/notes.txt': 'theirs' });
  const allowListing = await denyListing(admin, other.name);
  try {
    const actions = await openBucket(page);
    await actions.fromRowMenu('notes.txt', 'Copy to…');
    const dialog = actions.dialog('Copy 1 object');
    await dialog.getByLabel('Destination bucket').selectOption(other.name);
    await dialog.getByLabel('Destination folder').fill('in');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    const question = dialog.getByRole('group', {
      name: 'The destination folder cannot be listed with this connection',
    });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Skip existing' })).toHaveCount(0);
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await text(other.name, 'in/notes.txt')).toBe('theirs');

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toBeHidden();
    expect(await text(other.name, 'in/notes.txt')).toBe('the notes, byte for byte');
  } finally {
    await allowListing();
  }
});

test('Stop on a big folder delete keeps what it had not deleted yet, and says so', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await putBigFolder();
  const actions = await openBucket(page);
  await actions.row('big/').click();
  await page.keyboard.press('Delete');
  const dialog = actions.dialog('Delete 1 folder?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Stop' }).click();
  const report = dialog.locator('.oa-stop-report');
  await expect(report).toContainText('Stopped. 0 done.', { timeout: 60_000 });
  const notDone = report.getByRole('list', { name: '1 not done:' }).getByRole('listitem');
  await expect(notDone).toHaveText(
    /^big\/ \([\d,]+ (object inside was|objects inside were) done, the rest were not\)$/,
  );
  const deleted = Number((await notDone.textContent())?.match(/\(([\d,]+)/)?.[1]?.replace(',', ''));
  const left = await keys(bucket.name, 'big/');
  expect(left.length).toBeGreaterThan(0);
  expect(left.length).toBe(FILES - deleted);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(actions.row('big/')).toBeVisible();
});

test('in Simplified Chinese the question about names that exist speaks Chinese', async ({
  page,
}, testInfo) => {
  await bucket.put({ 'incoming/notes.txt': 'the older notes' });
  await openBucket(page);
  await new LanguagesPage(page).choose('简体中文');
  const grid = page.getByRole('grid', { name: '对象' });
  await grid.getByRole('row', { name: 'notes.txt', exact: true }).click({ button: 'right' });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: '复制到…' })
    .click();
  const dialog = page.getByRole('dialog', { name: '复制 1 个对象' });
  await dialog.getByLabel('目标文件夹').fill('incoming');
  await dialog.getByRole('button', { name: '复制' }).click();
  const question = dialog.getByRole('group', { name: '目标位置已存在 1 个同名项' });
  await expect(question.getByRole('listitem')).toHaveText(['notes.txt']);
  await expect(question.getByRole('button', { name: '跳过已有项' })).toBeVisible();
  await screenshotBothSchemes(page, testInfo, 'copy-clash-question-zh');
  await question.getByRole('button', { name: '跳过已有项' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(bucket.name, 'incoming/notes.txt')).toBe('the older notes');
});

test('a copy of many items finds names that exist from a listing of the destination, and Skip existing copies the rest', async ({
  page,
}) => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 12; i++) many[`f-${String(i).padStart(2, '0')}.txt`] = `file ${i}`;
  await bucket.put(many);
  const other = await createTestBucket(admin, 'many');
  extraBuckets.push(other);
  await other.put({ 'in/f-03.txt': 'theirs', 'in/photos/old.jpg': 'old' });
  const actions = await openBucket(page);

  await actions.row('notes.txt').click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(actions.footer).toContainText('16 selected');
  await actions.actionsButton.click();
  await actions.item('Copy to…').click();
  const dialog = actions.dialog('Copy 14 objects and 2 folders');
  await dialog.getByLabel('Destination bucket').selectOption(other.name);
  await dialog.getByLabel('Destination folder').fill('in');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  const question = actions.clashQuestion(dialog);
  await expect(question).toHaveAccessibleName('2 items already exist at the destination');
  await expect(question.getByRole('listitem')).toHaveText([
    'photos/ (folder: contents merge)',
    'f-03.txt',
  ]);
  await question.getByRole('button', { name: 'Skip existing' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(other.name, 'in/f-03.txt')).toBe('theirs');
  expect(await text(other.name, 'in/f-04.txt')).toBe('file 4');
  expect(await keys(other.name, 'in/photos/')).toEqual([
    'in/photos/2024/c.jpg',
    'in/photos/a.jpg',
    'in/photos/b.jpg',
    'in/photos/old.jpg',
  ]);
  // The two that were there, the 13 objects that were not, docs/ and photos/'s three.
  expect(await keys(other.name)).toHaveLength(2 + 13 + 1 + 3);
});
