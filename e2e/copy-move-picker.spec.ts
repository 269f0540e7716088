import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { listKeys, readText } from './fixtures/actions-session.js';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, denyListing, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { DestinationPicker } from './pages/destination-picker.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectActionsPage } from './pages/object-actions.js';

// Copy to… and Move to… pick the destination in a tree of the connection's buckets and folders
// (by keyboard or mouse), typing still works, and a notice confirms what went where.

const admin = adminClient();
let host: RunningHost;
let source: TestBucket;
let other: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  source = await createTestBucket(admin, 'pick-src');
  other = await createTestBucket(admin, 'pick-dst');
  await source.put({
    'alpha.txt': 'alpha bytes',
    'beta.txt': 'beta bytes',
    'local/keep.txt': 'stays',
  });
  await other.put({ 'inbox/2024/existing.txt': 'theirs', 'archive/old.txt': 'old' });
});

test.afterEach(async () => {
  await host.stop();
  await source.remove();
  await other.remove();
});

const keys = (bucketName: string, prefix = '') => listKeys(admin, bucketName, prefix);
const text = (bucketName: string, key: string) => readText(admin, bucketName, key);

async function openSource(page: Page): Promise<ObjectActionsPage> {
  const app = new HoldallApp(page);
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(source.name);
  const actions = new ObjectActionsPage(page);
  await expect(actions.row('alpha.txt')).toBeVisible();
  return actions;
}

/** Opens the dialog on the two objects; the tree has opened onto the bucket browsed. */
async function openOnTwo(actions: ObjectActionsPage, entry: 'Copy to…' | 'Move to…') {
  await actions.select('alpha.txt', 'beta.txt');
  await actions.fromRowMenu('beta.txt', entry);
  const dialog = actions.dialog(entry === 'Copy to…' ? 'Copy 2 objects' : 'Move 2 objects');
  const picker = new DestinationPicker(dialog);
  await expect(picker.node(source.name)).toHaveAttribute('aria-selected', 'true');
  await expect(picker.node(source.name, 'local')).toBeVisible();
  return { dialog, picker };
}

test('Copy into a nested folder of another bucket picked by keyboard; a notice says so and Show goes there', async ({
  page,
}, testInfo) => {
  const actions = await openOnTwo(await openSource(page), 'Copy to…');
  const { dialog, picker } = actions;

  await picker.pickByKeyboard(other.name, 'inbox', '2024');
  await screenshotBothSchemes(page, testInfo, 'copy-destination-tree');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();

  const notices = page.getByTestId('notices');
  const notice = `Copied 2 objects to “${other.name}/inbox/2024/”`;
  await expect(notices.getByText(notice)).toBeVisible();
  expect(await keys(other.name, 'inbox/2024/')).toEqual([
    'inbox/2024/alpha.txt',
    'inbox/2024/beta.txt',
    'inbox/2024/existing.txt',
  ]);
  expect(await text(other.name, 'inbox/2024/alpha.txt')).toBe('alpha bytes');
  expect(await keys(source.name)).toEqual(['alpha.txt', 'beta.txt', 'local/keep.txt']);

  await notices.getByRole('button', { name: 'Show' }).click();
  const app = new HoldallApp(page);
  await expect(app.row('existing.txt')).toBeVisible();
  await expect(app.row('alpha.txt')).toBeVisible();
  await expect(notices.getByText(notice)).toBeHidden();
});

test('Move into a folder picked with the mouse leaves nothing behind', async ({ page }) => {
  const actions = await openSource(page);
  const { dialog, picker } = await openOnTwo(actions, 'Move to…');

  await picker.pickByMouse(other.name, 'archive');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();

  await expect(
    page.getByTestId('notices').getByText(`Moved 2 objects to “${other.name}/archive/”`),
  ).toBeVisible();
  expect(await keys(other.name, 'archive/')).toEqual([
    'archive/alpha.txt',
    'archive/beta.txt',
    'archive/old.txt',
  ]);
  expect(await text(other.name, 'archive/beta.txt')).toBe('beta bytes');
  expect(await keys(source.name)).toEqual(['local/keep.txt']);
  await expect(actions.row('alpha.txt')).toHaveCount(0);
});

test('typing the destination still works, and the tree follows a typed folder it holds', async ({
  page,
}) => {
  const actions = await openSource(page);
  const { dialog, picker } = await openOnTwo(actions, 'Copy to…');

  await picker.bucketField.selectOption(other.name);
  await picker.folderField.fill('inbox/2024');
  // The tree opened the way down and marks the folder typed.
  const typed = picker.node(other.name, 'inbox', '2024');
  await expect(typed).toHaveAttribute('aria-selected', 'true');
  await expect(typed).toBeInViewport();
  await expect(picker.tree.locator('[aria-selected="true"]')).toHaveCount(1);

  // A folder that does not exist yet is made by the copy; the tree marks nothing then.
  await picker.folderField.fill('fresh/place');
  await expect(picker.tree.locator('[aria-selected="true"]')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByTestId('notices').getByText(`Copied 2 objects to “${other.name}/fresh/place/”`),
  ).toBeVisible();
  expect(await keys(other.name, 'fresh/')).toEqual([
    'fresh/place/alpha.txt',
    'fresh/place/beta.txt',
  ]);
});

test('a bucket-only connection shows its one bucket in the tree, and a pick there copies', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(host.url);
  const conns = new ConnectionsPage(page);
  await conns.save(await conns.add('Scoped', s3Target(), source.name));
  const app = new HoldallApp(page);
  await app.openConnection('Scoped');
  await app.openBucket(source.name);
  const actions = new ObjectActionsPage(page);
  await actions.fromRowMenu('alpha.txt', 'Copy to…');
  const dialog = actions.dialog('Copy 1 object');
  const picker = new DestinationPicker(dialog);

  await expect(picker.tree.locator(':scope > [role="treeitem"]')).toHaveCount(1);
  await expect(picker.node(source.name)).toHaveAttribute('aria-expanded', 'true');
  await expect(picker.node(other.name)).toHaveCount(0);
  await picker.pickByMouse(source.name, 'local');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(source.name, 'local/alpha.txt')).toBe('alpha bytes');
});

test('a bucket the connection may not list says why in the tree, and Try again asks again', async ({
  page,
}) => {
  const allowListing = await denyListing(admin, other.name);
  try {
    const actions = await openSource(page);
    const { picker } = await openOnTwo(actions, 'Copy to…');
    const denied = picker.node(other.name);
    await picker.row(denied).locator(':scope > .twisty').click();
    await expect(denied.getByRole('alert')).toContainText('Cannot list this folder');
    const retry = denied.getByRole('treeitem', { name: 'Try again' });
    await expect(retry).toBeVisible();
    await expect(denied).toHaveAttribute('aria-busy', 'false');
    await expectAccessible(page, 'destination tree with a listing error');

    await allowListing();
    await retry.click();
    await expect(picker.node(other.name, 'inbox')).toBeVisible();
    await expect(denied.getByRole('alert')).toHaveCount(0);
  } finally {
    await allowListing();
  }
});

test('a folder of many subfolders shows the first page and Load more', async ({ page }) => {
  test.setTimeout(120_000);
  const many: Record<string, string> = {};
  for (let i = 0; i < 510; i++) many[`many/sub-${String(i).padStart(3, '0')}/x.txt`] = `${i}`;
  await other.put(many);
  const actions = await openSource(page);
  const { picker } = await openOnTwo(actions, 'Copy to…');

  await picker.openByMouse(other.name, 'many', 'sub-000');
  const folder = picker.node(other.name, 'many');
  const more = folder.getByRole('treeitem', { name: 'Load more folders' });
  await expect(more).toBeVisible();
  await expect(folder.getByRole('treeitem', { name: 'sub-499', exact: true })).toBeAttached();
  await expect(folder.getByRole('treeitem', { name: 'sub-500', exact: true })).toHaveCount(0);

  // Enter on "Load more" brings the rest; the focus stays in the tree.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(folder.getByRole('treeitem', { name: 'sub-509', exact: true })).toBeAttached();
  await expect(more).toHaveCount(0);
  await expect(picker.tree.locator(':focus')).toHaveCount(1);
  // The focus went to the first folder the page brought, where "Load more" was.
  await page.keyboard.press('Enter');
  await expect(picker.folderField).toHaveValue('many/sub-500/');
});

test('in Simplified Chinese the tree and the notice speak Chinese', async ({ page }, testInfo) => {
  const actions = await openSource(page);
  await new LanguagesPage(page).choose('简体中文');
  const grid = page.getByRole('grid', { name: '对象' });
  await grid.getByRole('row', { name: 'alpha.txt', exact: true }).click({ button: 'right' });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: '复制到…' })
    .click();
  const dialog = actions.dialog('复制 1 个对象');
  const picker = new DestinationPicker(dialog);
  await expect(picker.tree).toBeVisible();
  await expect(dialog).toContainText('在此选择文件夹');

  await picker.pickByMouse(other.name, 'inbox');
  await screenshotBothSchemes(page, testInfo, 'copy-destination-tree-zh');
  await dialog.getByRole('button', { name: '复制' }).click();
  await expect(dialog).toBeHidden();
  const notices = page.getByTestId('notices');
  await expect(notices.getByText(`已将 1 个对象复制到 “${other.name}/inbox/”`)).toBeVisible();
  await expect(notices.getByRole('button', { name: '查看' })).toBeVisible();
  expect(await text(other.name, 'inbox/alpha.txt')).toBe('alpha bytes');
});
