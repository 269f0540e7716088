import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { actionsSession } from './fixtures/actions-session.js';
import { expectAccessible } from './fixtures/axe.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { LanguagesPage } from './pages/languages.js';
import { TransfersPage } from './pages/transfers.js';

// "Calculate size" on a folder and on a selection: a task of the core whose result the size
// dialog shows (with its time and storage classes) and the transfers panel lists as a row.

const session = actionsSession();
const { openBucket } = session;

function taskRow(page: Page, name: string) {
  return page
    .getByRole('region', { name: /^(Activity|活动)$/ })
    .getByRole('list', { name: /^(Tasks|任务)$/ })
    .getByRole('listitem', { name, exact: true });
}

test('a folder from its menu: objects, bytes, when, by storage class; a task row in the panel', async ({
  page,
}) => {
  const actions = await openBucket(page);
  await actions.fromRowMenu('photos/', 'Calculate size');

  const dialog = actions.dialog('Size of photos/');
  // 'jpeg a', 'jpeg b' and 'jpeg c': three objects of six bytes.
  await expect(dialog.getByText(/^3 objects, 18 B, computed /)).toBeVisible();
  const classes = dialog.getByRole('table', { name: 'By storage class' });
  const standard = classes.getByRole('row', { name: /STANDARD/ });
  await expect(standard.getByRole('cell')).toHaveText(['3', '18 B']);
  await expect(
    dialog.getByText('0 incomplete multipart uploads (counted, not measured)'),
  ).toBeVisible();
  await expectAccessible(page, 'size dialog: a folder');

  // Recalculate with versions counts noncurrent ones too (none in an unversioned bucket).
  await dialog.getByLabel('Include noncurrent versions').check();
  await dialog.getByRole('button', { name: 'Recalculate' }).click();
  await expect(dialog.getByText('0 noncurrent versions, 0 B')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await new TransfersPage(page).expand();
  const row = taskRow(page, `Size of photos/ in ${session.bucket.name}`).first();
  await expect(row.locator('.transfer-state')).toHaveText('Done');
  await expect(row).toContainText('3 objects counted');
});

test('with Show versions on, the size counts noncurrent versions unasked; without, it does not', async ({
  page,
}) => {
  const actions = await openBucket(page);
  const palette = new CommandPalettePage(page);
  await page.getByRole('button', { name: 'Show versions' }).click();
  await palette.openWithKeyboard();
  await palette.run('calculate size', 'Calculate the size of the selection, folder or bucket');
  const dialog = actions.dialog(`Size of bucket ${session.bucket.name}`);
  await expect(dialog.getByLabel('Include noncurrent versions')).toBeChecked();
  await expect(dialog.getByText('0 noncurrent versions, 0 B')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Show versions' }).click();
  await palette.openWithKeyboard();
  await palette.run('calculate size', 'Calculate the size of the selection, folder or bucket');
  await expect(dialog.getByLabel('Include noncurrent versions')).not.toBeChecked();
});

test('a selection of a file and a folder is counted once each', async ({ page }) => {
  const actions = await openBucket(page);
  await actions.select('notes.txt', 'docs/');
  await actions.fromRowMenu('docs/', 'Calculate size');

  const dialog = actions.dialog('Size of 2 selected items');
  // 'the notes, byte for byte' (24 bytes) and '# Guide' (7).
  await expect(dialog.getByText(/^2 objects, 31 B, computed /)).toBeVisible();
  await expectAccessible(page, 'size dialog: a selection');
});

test('the size dialog speaks Simplified Chinese', async ({ page }) => {
  await openBucket(page);
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('grid').getByRole('row', { name: 'photos/', exact: true }).click({
    button: 'right',
  });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: '计算大小' })
    .click();

  const dialog = page.getByRole('dialog', { name: 'photos/ 的大小' });
  await expect(dialog.getByText(/^3 个对象，18 B，计算于/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: '重新计算' })).toBeVisible();
  await expectAccessible(page, 'size dialog (zh-CN)');
});
