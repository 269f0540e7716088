import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { startFaultProxy } from './fixtures/fault-proxy.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { LanguagesPage } from './pages/languages.js';
import { OpenDownloadPage } from './pages/open-download.js';

// Search as a user meets it: a toolbar button or Ctrl+F over the object list, criteria, results
// across folders in the object list, Stop, a download from the results, the empty state.
// Its own host: downloads land below a home folder made for the test.

const admin = adminClient();
let host: RunningHost;
let home: string;
let bucket: TestBucket;

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-e2e-search-'));
  host = await startBrowserHost(undefined, { HOME: home });
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
  await rm(home, { recursive: true, force: true });
});

async function openBucket(page: Page, endpoint?: string): Promise<OpenDownloadPage> {
  const ui = new OpenDownloadPage(page);
  await page.goto(host.url);
  await ui.app.addConnection('Local RGW', { ...s3Target(), ...(endpoint ? { endpoint } : {}) });
  await ui.app.openConnection('Local RGW');
  await ui.app.openBucket(bucket.name);
  return ui;
}

const searchForm = (page: Page) => page.getByRole('search', { name: 'Search criteria' });

test('search by name finds keys across folders, downloads one, and says when nothing matches', async ({
  page,
}) => {
  bucket = await createTestBucket(admin, 'search-ui');
  await bucket.put({
    'docs/2024/report-q1.pdf': 'q1 report',
    'docs/2024/q2/Report-q2.pdf': 'q2 report',
    'docs/notes.txt': 'notes',
    'media/report.png': 'png',
    'media/cat.jpg': 'cat',
    'top-report.md': 'top',
  });
  const ui = await openBucket(page);
  await expect(ui.row('docs/')).toBeVisible();

  await ui.row('docs/').click();
  await page.keyboard.press('Control+f');
  const form = searchForm(page);
  await expect(form.getByRole('searchbox', { name: 'Name' })).toBeFocused();
  await form.getByRole('searchbox', { name: 'Name' }).fill('report');
  await form.getByRole('button', { name: 'Search', exact: true }).click();

  const found = [
    'docs/2024/report-q1.pdf',
    'docs/2024/q2/Report-q2.pdf',
    'media/report.png',
    'top-report.md',
  ];
  await expect(
    page.getByRole('status').filter({ hasText: /6 keys scanned · 4 found/ }),
  ).toBeVisible();
  await expect(ui.grid.getByRole('row')).toHaveCount(found.length + 1);
  for (const name of found) await expect(ui.row(name)).toBeVisible();
  await expectAccessible(page, 'search results');

  await ui.row('docs/2024/report-q1.pdf').click();
  await mkdir(join(home, 'saved'));
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await ui.downloadInto(['saved']);
  await expect
    .poll(async () => {
      const names = await readdir(join(home, 'saved'), { recursive: true });
      const file = names.find((n) => String(n).endsWith('report-q1.pdf'));
      return file === undefined ? '' : readFile(join(home, 'saved', String(file)), 'utf8');
    })
    .toBe('q1 report');

  await form.getByRole('combobox', { name: 'Match' }).selectOption({ label: 'Glob' });
  await form.getByRole('searchbox', { name: 'Name' }).fill('*.gif');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('No objects match')).toBeVisible();

  await form.getByRole('combobox', { name: 'Match' }).selectOption({ label: 'Regular expression' });
  await form.getByRole('searchbox', { name: 'Name' }).fill('(a+)+');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('repeats a group that itself repeats');
  await expectAccessible(page, 'search: a refused pattern');

  // The app starts afresh in the new language, back at the folder's list.
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  const zh = page.getByRole('search', { name: '搜索条件' });
  await zh.getByRole('searchbox', { name: '名称' }).fill('REPORT');
  await zh.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '已扫描 6 个键 · 找到 4 个' }),
  ).toBeVisible();
  await expect(zh.getByRole('button', { name: '停止' })).toBeDisabled();
  await expectAccessible(page, 'search (zh-CN)');

  await test.step('a result deleted from the results leaves them; the others stay', async () => {
    const zhGrid = page.getByRole('grid', { name: '对象' });
    const zhRow = (name: string) => zhGrid.getByRole('row', { name, exact: true });
    await zhRow('media/report.png').click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: '删除 1 个对象？' });
    await dialog.getByRole('button', { name: '删除' }).click();
    await expect(dialog).toBeHidden();
    await expect(zhRow('media/report.png')).toHaveCount(0);
    await expect(zhGrid.getByRole('row')).toHaveCount(found.length);
    for (const name of found.filter((n) => n !== 'media/report.png')) {
      await expect(zhRow(name)).toBeVisible();
    }
    const head = admin.send(
      new HeadObjectCommand({ Bucket: bucket.name, Key: 'media/report.png' }),
    );
    await expect(head).rejects.toMatchObject({ name: 'NotFound' });
  });
});

test('Stop ends a running search and Search can start again', async ({ page }) => {
  bucket = await createTestBucket(admin, 'search-stop');
  const keys: Record<string, string> = {};
  for (let f = 0; f < 24; f++) for (let i = 0; i < 3; i++) keys[`f${f}/sub/k${i}.txt`] = 'x';
  await bucket.put(keys);
  // Every request waits: the walk of 24 folders takes many round trips, long enough to Stop.
  const rgw = new URL(s3Target().endpoint);
  const proxy = await startFaultProxy(
    { host: rgw.hostname, port: Number(rgw.port) },
    { latencyMs: 250 },
  );
  try {
    await openBucket(page, proxy.endpoint);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const form = searchForm(page);
    await form.getByRole('button', { name: 'Search', exact: true }).click();
    const stop = form.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeEnabled();
    await stop.click();
    await expect(page.getByRole('status').filter({ hasText: /Stopped/ })).toBeVisible();
    await expect(stop).toBeDisabled();
    await expect(form.getByRole('button', { name: 'Search', exact: true })).toBeEnabled();
  } finally {
    await proxy.close();
  }
});
