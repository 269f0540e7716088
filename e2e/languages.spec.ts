import { expect, test } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectsList } from './pages/objects-list.js';

const admin = adminClient();
let host: RunningHost;
const buckets: TestBucket[] = [];

test.beforeEach(async () => {
  host = await startBrowserHost();
});

test.afterEach(async () => {
  await host.stop();
  await Promise.all(buckets.splice(0).map((b) => b.remove().catch(() => undefined)));
});

async function bucketWith(objects: Record<string, string>): Promise<TestBucket> {
  const made = await createTestBucket(admin, 'lang');
  buckets.push(made);
  await made.put(objects);
  return made;
}

test.describe('on a system set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the main screens in Chinese, light and dark', async ({ page }, testInfo) => {
    const bucket = await bucketWith({
      'photos/beach.jpg': 'sand',
      'reports/2025.csv': 'a,b',
      'readme.txt': 'hello',
      'notes.md': '# notes',
    });
    const languages = new LanguagesPage(page);
    await page.goto(host.url);
    await languages.saveConnection('本地 RGW', s3Target());
    await page.reload();
    const tree = page.getByRole('navigation', { name: '连接' });
    await tree.getByRole('treeitem', { name: '本地 RGW', exact: true }).click();
    await tree.getByRole('treeitem', { name: bucket.name, exact: true }).click();
    const grid = page.getByRole('grid', { name: '对象' });
    await expect(grid.getByRole('row', { name: 'readme.txt', exact: true })).toBeVisible();

    await page.getByLabel('要上传的文件', { exact: true }).setInputFiles({
      name: '上传示例.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('你好'),
    });
    const transfers = page.getByRole('region', { name: '活动' });
    const job = transfers.getByRole('listitem', { name: '上传示例.txt', exact: true });
    await expect(job.locator('.transfer-state')).toHaveText('已完成', { timeout: 30_000 });
    // One phrase, no stray space between the verb and "到".
    await expect(job.locator('.transfer-name')).toHaveAttribute(
      'title',
      `上传示例.txt · 上传到 ${bucket.name}/上传示例.txt`,
    );
    await expect(grid.getByRole('row', { name: '上传示例.txt', exact: true })).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'zh-objects-and-transfers');

    await page.getByRole('button', { name: '添加连接' }).first().click();
    const connection = page.getByRole('dialog', { name: '新建连接' });
    await expect(connection.getByLabel('访问密钥 ID（AccessKey ID）')).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'zh-connection-dialog');
    await connection.getByText('高级', { exact: true }).click();
    await expect(connection.getByLabel('响应截止时间（秒）')).toHaveValue('60');
    await connection.getByLabel('空闲超时（秒）').fill('0');
    await connection.getByRole('button', { name: '保存' }).click();
    await expect(connection.getByText('空闲超时必须在 1 到 3600 秒之间')).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'zh-connection-dialog-advanced');
    await connection.getByRole('button', { name: '取消' }).click();
    await expect(connection).toBeHidden();

    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: '命令面板' });
    await palette.getByRole('combobox').fill('新建存储桶');
    await screenshotBothSchemes(page, testInfo, 'zh-command-palette');
    await palette.getByRole('combobox').press('Enter');
    const create = page.getByRole('dialog', { name: '新建存储桶' });
    await create.getByLabel('名称', { exact: true }).fill('Bad_Name');
    await expect(create.getByText('名称必须为小写')).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'zh-create-bucket-dialog');
    await create.getByRole('button', { name: '取消' }).click();

    await tree.getByRole('treeitem', { name: bucket.name, exact: true }).hover();
    await tree.getByRole('button', { name: `存储桶 ${bucket.name} 的操作` }).click();
    await page.getByRole('menuitem', { name: '属性…' }).click();
    const properties = page.getByRole('dialog', { name: `${bucket.name} 的属性` });
    await expect(properties.getByText('正在询问服务器…')).toHaveCount(0, { timeout: 30_000 });
    await screenshotBothSchemes(page, testInfo, 'zh-bucket-properties-dialog');
    await properties.getByRole('button', { name: '关闭' }).click();

    await tree.getByRole('treeitem', { name: bucket.name, exact: true }).focus();
    await page.keyboard.press('Delete');
    const remove = page.getByRole('dialog', { name: '删除存储桶' });
    await expect(
      remove.getByText(`确定删除存储桶“${bucket.name}”吗？此操作无法撤销。`),
    ).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'zh-delete-bucket-dialog');
  });

  test('the first run speaks Chinese; the switch changes language and a reload keeps the choice', async ({
    page,
  }, testInfo) => {
    const languages = new LanguagesPage(page);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: '还没有连接' })).toBeVisible();
    await expect(page.getByRole('button', { name: '添加连接' }).first()).toBeVisible();
    await expect(languages.control).toHaveAccessibleName('语言');
    await expect(languages.control.locator('option:checked')).toHaveText('简体中文');
    await languages.expectDocumentLanguage('zh-CN');
    await expect(page.getByTestId('secret-storage-warning')).toContainText('密钥文件');
    await screenshotBothSchemes(page, testInfo, 'zh-first-run');

    await languages.choose('English');
    await expect(page.getByRole('heading', { name: 'No connections yet' })).toBeVisible();
    await languages.expectDocumentLanguage('en');
    // The shell is drawn afresh in the new language; the control keeps the keyboard focus.
    await expect(languages.control).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No connections yet' })).toBeVisible();
    await languages.expectDocumentLanguage('en');

    await languages.choose('简体中文');
    await expect(page.getByRole('heading', { name: '还没有连接' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: '还没有连接' })).toBeVisible();
    await languages.expectDocumentLanguage('zh-CN');
  });
});

test('switching language keeps the open folder and translates the object list around it', async ({
  page,
}) => {
  const bucket = await bucketWith({
    'photos/beach.jpg': 'sand',
    'photos/forest.jpg': 'trees',
    'readme.txt': 'hello',
  });
  const app = new HoldallApp(page);
  const list = new ObjectsList(page);
  const languages = new LanguagesPage(page);
  await page.goto(host.url);
  await languages.expectDocumentLanguage('en');
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  await list.row('photos/').dblclick();
  await expect(list.breadcrumbs.getByRole('button', { name: 'photos' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(list.row('beach.jpg')).toBeVisible();

  await languages.choose('简体中文');
  await languages.expectDocumentLanguage('zh-CN');
  const grid = page.getByRole('grid', { name: '对象' });
  await expect(grid).toBeVisible();
  for (const header of ['名称', '大小', '修改时间', '存储类型']) {
    await expect(grid.getByRole('columnheader', { name: header })).toBeVisible();
  }
  await expect(page.getByRole('searchbox', { name: '按名称筛选' })).toBeVisible();
  await expect(page.getByRole('button', { name: '上传文件', exact: true })).toBeVisible();
  // Still in the same folder of the same bucket, with the bucket still chosen in the sidebar.
  await expect(
    page.getByRole('navigation', { name: '路径' }).getByRole('button', { name: 'photos' }),
  ).toHaveAttribute('aria-current', 'location');
  await expect(grid.getByRole('row', { name: 'forest.jpg', exact: true })).toBeVisible();
  await expect(grid.getByRole('row', { name: 'readme.txt', exact: true })).toHaveCount(0);
  await expect(
    page
      .getByRole('navigation', { name: '连接' })
      .getByRole('treeitem', { name: bucket.name, exact: true }),
  ).toHaveAttribute('aria-selected', 'true');

  await languages.choose('English');
  await expect(list.columnHeader('Name')).toBeVisible();
  await expect(list.row('beach.jpg')).toBeVisible();
  await languages.expectDocumentLanguage('en');
});
