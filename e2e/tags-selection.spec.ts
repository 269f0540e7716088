import { GetObjectTaggingCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import type { Tag } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { configSession } from './fixtures/config-session.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectActionsPage } from './pages/object-actions.js';

// "Edit tags…" on several selected objects: one change, merged into each object's own tags.

const session = configSession();

async function objectTags(bucket: string, key: string): Promise<Tag[]> {
  const out = await session.admin.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  return [...(out.TagSet ?? [])].sort((a, b) => (a.Key ?? '').localeCompare(b.Key ?? ''));
}

async function tag(bucket: string, key: string, tags: Record<string, string>): Promise<void> {
  await session.admin.send(
    new PutObjectTaggingCommand({
      Bucket: bucket,
      Key: key,
      Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
    }),
  );
}

async function openBucket(page: Page, bucket: string): Promise<ObjectActionsPage> {
  const app = new HoldallApp(page);
  await app.openConnection('RGW');
  await app.openBucket(bucket);
  return new ObjectActionsPage(page);
}

test('edit tags of three objects: the dialog says which keys differ; each object keeps its own', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const made = await session.bucket('tsel');
  await made.put({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c', 'logs/x.log': 'x' });
  await tag(made.name, 'a.txt', { team: 'storage', tier: 'hot', own: 'a' });
  await tag(made.name, 'b.txt', { team: 'storage', tier: 'cold' });
  const ui = await openBucket(page, made.name);

  // A folder's objects are not "the selection": the entry is off with a folder selected.
  await ui.select('logs/', 'a.txt');
  await ui.row('a.txt').click({ button: 'right' });
  await expect(ui.item('Edit tags…')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await ui.select('a.txt', 'b.txt', 'c.txt');
  await ui.fromRowMenu('a.txt', 'Edit tags…');
  const dialog = ui.dialog('Edit tags of 3 objects');
  const now = dialog.getByRole('table', { name: 'Tags on these objects now' });
  await expect(now.getByRole('row')).toHaveCount(4);
  await expect(now.getByRole('row', { name: /^team/ })).toContainText('2 of 3');
  await expect(now.getByRole('row', { name: /^tier/ })).toContainText('differs: cold, hot');
  await expect(dialog).toContainText(
    'Keys whose value or presence differs between objects: own, team, tier.',
  );
  await expectAccessible(page, 'edit tags of a selection');

  await now.getByRole('checkbox', { name: 'Remove tag tier from every object' }).check();
  const changes = dialog.getByRole('group', { name: 'Add or change' });
  await changes.getByRole('button', { name: 'Add tag' }).click();
  await changes.getByLabel('Key of tag 1').fill('tier');
  await expect(changes.getByText('Key: is also to be removed')).toBeVisible();
  await changes.getByLabel('Key of tag 1').fill('team');
  await changes.getByLabel('Value of tag 1').fill('web');
  await changes.getByRole('button', { name: 'Add tag' }).click();
  await changes.getByLabel('Key of tag 2').fill('project');
  await changes.getByLabel('Value of tag 2').fill('holdall');
  await screenshotBothSchemes(page, testInfo, 'tags-selection-dialog');
  await dialog.getByRole('button', { name: 'Apply to all' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Changed the tags of 3 objects.');

  expect(await objectTags(made.name, 'a.txt')).toEqual([
    { Key: 'own', Value: 'a' },
    { Key: 'project', Value: 'holdall' },
    { Key: 'team', Value: 'web' },
  ]);
  for (const key of ['b.txt', 'c.txt']) {
    expect(await objectTags(made.name, key)).toEqual([
      { Key: 'project', Value: 'holdall' },
      { Key: 'team', Value: 'web' },
    ]);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test("edit tags of a selection: S3's limits are checked before sending, per object failures named", async ({
  page,
}) => {
  const made = await session.bucket('tsel-limit');
  await made.put({ 'full.txt': 'f', 'few.txt': 'f' });
  await tag(
    made.name,
    'full.txt',
    Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 'v'])),
  );
  const ui = await openBucket(page, made.name);
  await ui.select('few.txt', 'full.txt');
  await ui.fromRowMenu('few.txt', 'Edit tags…');
  const dialog = ui.dialog('Edit tags of 2 objects');
  await expect(dialog.getByRole('table')).toContainText('1 of 2');

  await dialog.getByRole('button', { name: 'Apply to all' }).click();
  await expect(dialog.getByText('Add a tag or mark one to remove first.')).toBeVisible();
  const changes = dialog.getByRole('group', { name: 'Add or change' });
  await changes.getByRole('button', { name: 'Add tag' }).click();
  await changes.getByLabel('Key of tag 1').fill('aws:owner');
  await expect(changes.getByText('Key: must not start with "aws:"')).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply to all' }).click();
  await expect(dialog.getByText('Fix the marked fields; nothing was sent.')).toBeVisible();
  expect(await objectTags(made.name, 'few.txt')).toEqual([]);

  await changes.getByLabel('Key of tag 1').fill('a');
  await changes.getByRole('button', { name: 'Add tag' }).click();
  await changes.getByLabel('Key of tag 2').fill('b');
  await dialog.getByRole('button', { name: 'Apply to all' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Changed the tags of 1 object.');
  await expect(dialog.getByRole('list', { name: '1 object kept their tags:' })).toHaveText(
    'full.txt: would have 11 tags; S3 allows at most 10',
  );
  await expectAccessible(page, 'edit tags of a selection: a failure');
  expect(await objectTags(made.name, 'few.txt')).toEqual([
    { Key: 'a', Value: '' },
    { Key: 'b', Value: '' },
  ]);
  expect(await objectTags(made.name, 'full.txt')).toHaveLength(9);
});

test('edit tags of a selection speaks Simplified Chinese', async ({ page }, testInfo) => {
  const made = await session.bucket('tsel-zh');
  await made.put({ 'a.txt': 'a', 'b.txt': 'b' });
  await tag(made.name, 'a.txt', { team: 'x' });
  await new LanguagesPage(page).choose('简体中文');
  const tree = page.getByRole('navigation', { name: '连接' });
  await tree.getByRole('treeitem', { name: 'RGW', exact: true }).click();
  await tree.getByRole('treeitem', { name: made.name, exact: true }).click();
  const grid = page.getByRole('grid');
  await grid.getByRole('row', { name: 'a.txt', exact: true }).click();
  await grid
    .getByRole('row', { name: 'b.txt', exact: true })
    .click({ modifiers: ['ControlOrMeta'] });
  await grid.getByRole('row', { name: 'b.txt', exact: true }).click({ button: 'right' });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: /^编辑标签…/ })
    .click();
  const dialog = page.getByRole('dialog', { name: '编辑 2 个对象的标签' });
  await expect(dialog.getByRole('table', { name: '这些对象当前的标签' })).toContainText(
    '2 个中的 1 个',
  );
  await expect(dialog).toContainText('值或存在情况在对象之间不一致的键：team。');
  await expect(dialog.getByRole('button', { name: '全部应用' })).toBeVisible();
  await expectAccessible(page, 'edit tags of a selection (zh-CN)');
  await screenshotBothSchemes(page, testInfo, 'tags-selection-zh');
});
