import {
  GetBucketTaggingCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { Tag } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { configSession, storedOrNull } from './fixtures/config-session.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectPropertiesPage } from './pages/object-properties.js';

const session = configSession();

/** The bucket's tags as the server holds them, or null when it has no tag set. */
function bucketTags(bucket: string): Promise<Tag[] | null> {
  return storedOrNull('NoSuchTagSet', async () => {
    const out = await session.admin.send(new GetBucketTaggingCommand({ Bucket: bucket }));
    return out.TagSet ?? [];
  });
}

async function objectTags(bucket: string, key: string): Promise<Tag[]> {
  const out = await session.admin.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  return out.TagSet ?? [];
}

const byKey = (tags: Tag[] | null) =>
  [...(tags ?? [])].sort((a, b) => (a.Key ?? '').localeCompare(b.Key ?? ''));

async function openObjects(page: Page, bucket: string): Promise<ObjectPropertiesPage> {
  const app = new HoldallApp(page);
  await app.openConnection('RGW');
  await app.openBucket(bucket);
  return new ObjectPropertiesPage(page);
}

test('bucket tags: created, checked as you type, reviewed, applied, edited and deleted', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const made = await session.bucket('tags-bucket');
  const config = await session.open(page, made.name, 'Tags');
  await expect(config.noneTitle('tag set')).toBeVisible();
  await expectAccessible(page, 'bucket properties: Tags (none)');
  await config.create();

  const form = config.form;
  await expect(form.getByText('Key: must not be empty')).toBeVisible();
  await form.getByLabel('Key of tag 1').fill('team');
  await form.getByLabel('Value of tag 1').fill('storage');
  await form.getByRole('button', { name: 'Add tag' }).click();
  await form.getByLabel('Key of tag 2').fill('aws:owner');
  await expect(form.getByLabel('Key of tag 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Key: must not start with "aws:"')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await form.getByLabel('Key of tag 2').fill('team');
  await expect(form.getByText('Key: is already used')).toBeVisible();
  await form.getByLabel('Key of tag 2').fill('cost centre');
  await expect(form.getByText(/^Key: /)).toHaveCount(0);
  await expect(form.getByText('2 of at most 50 tags')).toBeVisible();
  await expectAccessible(page, 'bucket properties: Tags form');
  await config.screenshot(testInfo, 'bucket-tags-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<Key>team</Key>',
    '<Value>storage</Value>',
  ]);
  expect(await bucketTags(made.name)).toBeNull();
  await config.apply();
  expect(byKey(await bucketTags(made.name))).toEqual([
    { Key: 'cost centre', Value: '' },
    { Key: 'team', Value: 'storage' },
  ]);

  // The raw view edits the same set: the AWS CLI's JSON.
  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await config.replaceRaw('{\n  "TagSet": [\n    { "Key": "team", "Value": "web" }\n  ]\n}');
  await expectAccessible(page, 'bucket properties: Tags raw');
  const edit = await config.review();
  await expect(config.diffLines(edit, 'removed')).toContainText(['"Value": "storage"']);
  await config.apply();
  expect(await bucketTags(made.name)).toEqual([{ Key: 'team', Value: 'web' }]);

  await config.delete();
  await expect(config.noneTitle('tag set')).toBeVisible();
  expect(await bucketTags(made.name)).toBeNull();
});

test('object tags: viewed, added, edited and removed in properties, limits shown as you type', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const made = await session.bucket('tags-object');
  await session.admin.send(
    new PutObjectCommand({
      Bucket: made.name,
      Key: 'report.txt',
      Body: 'tagged',
      Tagging: 'team=storage',
      Metadata: { author: 'ada' },
    }),
  );
  // Every rewrite of the object is an objects.copy call from the page.
  let copies = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/invoke/objects.copy')) copies += 1;
  });
  const ui = await openObjects(page, made.name);
  const dialog = ui.properties('report.txt');
  await ui.fromRowMenu('report.txt', 'Properties…');
  const tags = dialog.getByRole('group', { name: 'Tags' });
  await expect(tags.getByLabel('Key of tag 1')).toHaveValue('team');
  await expect(tags.getByLabel('Value of tag 1')).toHaveValue('storage');

  await tags.getByLabel('Value of tag 1').fill('web');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByLabel('Key of tag 2').fill('k'.repeat(129));
  await expect(tags.getByText('Key: must be at most 128 characters')).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByText('Fix the marked fields; nothing was sent.')).toBeVisible();
  expect(await objectTags(made.name, 'report.txt')).toEqual([{ Key: 'team', Value: 'storage' }]);
  await expectAccessible(page, 'object properties: tags with an error');
  await screenshotBothSchemes(page, testInfo, 'object-tags-error');

  await tags.getByLabel('Key of tag 2').fill('project');
  await tags.getByLabel('Value of tag 2').fill('holdall');
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(byKey(await objectTags(made.name, 'report.txt'))).toEqual([
    { Key: 'project', Value: 'holdall' },
    { Key: 'team', Value: 'web' },
  ]);
  // Saved on their own: the object was not rewritten.
  expect(copies).toBe(0);
  await expect(dialog.getByRole('textbox', { name: 'Metadata value 1' })).toHaveValue('ada');

  // The form starts again from what the server stored; remove one tag, then the last.
  await expect(tags.getByLabel('Key of tag 2')).toHaveValue(/^(project|team)$/);
  await tags.getByRole('button', { name: 'Remove tag project' }).click();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await objectTags(made.name, 'report.txt')).toEqual([{ Key: 'team', Value: 'web' }]);
  await tags.getByRole('button', { name: 'Remove tag team' }).click();
  await expect(tags.getByText('No tags.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await objectTags(made.name, 'report.txt')).toEqual([]);
  expect(copies).toBe(0);

  // Metadata and tags edited together: one rewrite, then the tags on the rewritten object.
  await dialog.getByRole('textbox', { name: 'Metadata value 1' }).fill('grace');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByLabel('Key of tag 1').fill('kept');
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(copies).toBe(1);
  expect(await objectTags(made.name, 'report.txt')).toEqual([{ Key: 'kept', Value: '' }]);
  const head = await session.admin.send(
    new HeadObjectCommand({ Bucket: made.name, Key: 'report.txt' }),
  );
  expect(head.Metadata).toEqual({ author: 'grace' });
});

test('bucket tags speak Simplified Chinese: the tab, its rows and the schema messages', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('tags-zh');
  await made.put({ 'a.txt': 'x' });
  const dialog = await session.openInChinese(page, made.name);
  await dialog.getByRole('tab', { name: '标签', exact: true }).click();
  await expect(dialog.getByText('尚未配置标签集')).toBeVisible();
  await dialog.getByRole('button', { name: '新建', exact: true }).click();
  await dialog.getByLabel('标签 1 的键').fill('aws:x');
  await expect(dialog.getByText('键: 不能以“aws:”开头')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '添加标签' })).toBeVisible();
  await expectAccessible(page, 'bucket properties: Tags form (zh-CN)');
  await screenshotBothSchemes(page, testInfo, 'bucket-tags-zh');
});

test('object tags speak Simplified Chinese too', async ({ page }) => {
  const made = await session.bucket('tags-zh-object');
  await made.put({ 'a.txt': 'x' });
  await new LanguagesPage(page).choose('简体中文');
  const tree = page.getByRole('navigation', { name: '连接' });
  await tree.getByRole('treeitem', { name: 'RGW', exact: true }).click();
  await tree.getByRole('treeitem', { name: made.name, exact: true }).click();
  const objects = page.getByRole('grid');
  await objects.getByRole('row', { name: 'a.txt', exact: true }).click({ button: 'right' });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: /^属性…/ })
    .click();
  const properties = page.getByRole('dialog', { name: '“a.txt”的属性' });
  const tags = properties.getByRole('group', { name: '标签' });
  await expect(tags.getByText('没有标签。')).toBeVisible();
  await expect(properties.getByText('只修改标签时会单独保存标签，不会重写对象。')).toBeVisible();
  await tags.getByRole('button', { name: '添加标签' }).click();
  await tags.getByLabel('标签 1 的值').fill('v'.repeat(257));
  await expect(tags.getByText('键: 不能为空 · 值: 最多 256 个字符')).toBeVisible();
  await expectAccessible(page, 'object properties: tags (zh-CN)');
});
