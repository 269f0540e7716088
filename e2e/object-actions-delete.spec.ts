import { DeleteBucketPolicyCommand, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { actionsSession } from './fixtures/actions-session.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';
import { TransfersPage } from './pages/transfers.js';

// Delete asks first and says what the server kept; the palette and the incomplete uploads panel
// act on what is browsed.

const session = actionsSession();
const { admin, keys, openBucket } = session;

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
  expect(await keys(session.bucket.name)).toHaveLength(6);

  await page.keyboard.press('Delete');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  expect(await keys(session.bucket.name)).toEqual(['docs/guide.md']);
  await expect(actions.row('photos/')).toHaveCount(0);
  await expect(actions.row('notes.txt')).toHaveCount(0);
  await expect(actions.row('docs/')).toBeVisible();
  // Focus stays in the list, on a row that still exists.
  await expect(actions.grid.getByRole('row', { name: 'docs/' })).toBeFocused();
  await expect(page.getByTestId('objects-footer')).toHaveText('1 item');

  // The whole selection went as one task of the core, which the activity panel shows.
  await new TransfersPage(page).expand();
  const task = page
    .getByRole('region', { name: 'Activity' })
    .getByRole('listitem', { name: `Delete 3 items in ${session.bucket.name}`, exact: true });
  await expect(task.locator('.transfer-state')).toHaveText('Done');
  await expect(task).toContainText('5 objects removed');
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
        Resource: `arn:aws:s3:::${session.bucket.name}/photos/*`,
      },
    ],
  };
  await admin.send(
    new PutBucketPolicyCommand({ Bucket: session.bucket.name, Policy: JSON.stringify(policy) }),
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
    expect(await keys(session.bucket.name, 'notes.txt')).toEqual([]);
    expect(await keys(session.bucket.name, 'photos/')).toHaveLength(3);
    await expect(actions.row('notes.txt')).toHaveCount(0);
    await expect(actions.row('photos/')).toBeVisible();
  } finally {
    await admin.send(new DeleteBucketPolicyCommand({ Bucket: session.bucket.name }));
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
  expect(await keys(session.bucket.name)).toHaveLength(6);
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
  await expect(transfers.region.getByLabel('Bucket')).toHaveValue(session.bucket.name);
  await expect(transfers.region.getByText('No incomplete uploads in this bucket.')).toBeVisible();
});
