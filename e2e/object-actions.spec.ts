import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { actionsSession } from './fixtures/actions-session.js';
import { createTestBucket, s3Target } from './fixtures/s3.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectActionsPage } from './pages/object-actions.js';
import { TransfersPage } from './pages/transfers.js';

// The object actions from the row menu, the Actions menu and the keyboard: new folder, rename,
// copy and move, each checked on the server.

const session = actionsSession();
const { admin, keys, text, putBigFolder, openBucket } = session;

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
  const before = await keys(session.bucket.name);
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
  expect(await keys(session.bucket.name)).toEqual(before);

  await name.fill('reports 2024');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await name.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(actions.row('reports 2024/')).toBeVisible();
  const marker = await admin.send(
    new HeadObjectCommand({ Bucket: session.bucket.name, Key: 'reports 2024/' }),
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
    expect(await keys(session.bucket.name, 'notes')).toEqual([]);
    expect(await text(session.bucket.name, 'minutes.txt')).toBe('the notes, byte for byte');
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
    expect(await text(session.bucket.name, 'todo.md')).toBe('- rename me');
    expect(await text(session.bucket.name, 'minutes.txt')).toBe('the notes, byte for byte');
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
    expect(await keys(session.bucket.name, 'photos/')).toEqual([]);
    expect(await keys(session.bucket.name, 'pictures/')).toEqual([
      'pictures/2024/c.jpg',
      'pictures/a.jpg',
      'pictures/b.jpg',
    ]);
    expect(await text(session.bucket.name, 'pictures/2024/c.jpg')).toBe('jpeg c');
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
  expect(await keys(session.bucket.name, 'big/')).toEqual([]);
  const moved = await keys(session.bucket.name, 'huge/');
  expect(moved).toHaveLength(files);
  expect(await text(session.bucket.name, 'huge/file-0234.txt')).toBe('234');
});

test('Copy to another bucket keeps both; Move of a multi-selection leaves nothing behind', async ({
  page,
}) => {
  const other = await createTestBucket(admin, 'dest');
  session.extraBuckets.push(other);
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
    expect(await keys(session.bucket.name, 'docs/')).toEqual(['docs/guide.md']);
    expect(await keys(session.bucket.name, 'notes.txt')).toEqual(['notes.txt']);
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
    expect(await keys(session.bucket.name, 'photos/')).toEqual([]);
    expect(await keys(session.bucket.name, 'todo.md')).toEqual([]);
    expect(await keys(session.bucket.name, 'archive/')).toEqual([
      'archive/photos/2024/c.jpg',
      'archive/photos/a.jpg',
      'archive/photos/b.jpg',
      'archive/todo.md',
    ]);
  });

  await test.step('each ran as one task, listed in the activity panel with its objects', async () => {
    await new TransfersPage(page).expand();
    const tasks = page
      .getByRole('region', { name: 'Activity' })
      .getByRole('list', { name: 'Tasks' });
    const bucket = session.bucket.name;
    const copy = tasks.getByRole('listitem', {
      name: `Copy 2 items from ${bucket} to ${other.name}`,
    });
    await expect(copy.locator('.transfer-state')).toHaveText('Done');
    await expect(copy).toContainText('2 objects done');
    const move = tasks.getByRole('listitem', { name: `Move 2 items from ${bucket} to ${bucket}` });
    await expect(move.locator('.transfer-state')).toHaveText('Done');
    await expect(move).toContainText('4 objects done');
  });
});

test('a bucket-only connection types the destination bucket, as it may not list buckets', async ({
  page,
}) => {
  const conns = new ConnectionsPage(page);
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto(session.host.url);
  const form = await conns.add('Scoped', s3Target(), session.bucket.name);
  await conns.save(form);
  const app = new HoldallApp(page);
  await app.openConnection('Scoped');
  await app.openBucket(session.bucket.name);
  const actions = new ObjectActionsPage(page);

  await actions.fromRowMenu('notes.txt', 'Copy to…');
  const dialog = actions.dialog('Copy 1 object');
  const destination = dialog.getByRole('textbox', { name: 'Destination bucket' });
  await expect(destination).toHaveValue(session.bucket.name);
  await expect(dialog).toContainText('cannot be listed: type the name');
  await destination.fill('');
  await expect(dialog.getByText('Choose or type a bucket')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeDisabled();
  await destination.fill(session.bucket.name);
  await dialog.getByLabel('Destination folder').fill('copies');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(session.bucket.name, 'copies/notes.txt')).toBe('the notes, byte for byte');
  expect(await text(session.bucket.name, 'notes.txt')).toBe('the notes, byte for byte');
});
