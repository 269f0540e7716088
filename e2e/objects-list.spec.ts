import { expect, test } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectsList } from './pages/objects-list.js';

const admin = adminClient();
const FILES = 2_500;
let host: RunningHost;
let bucket: TestBucket;

function fileName(i: number): string {
  return `file-${String(i).padStart(4, '0')}.txt`;
}

test.beforeEach(async () => {
  // 2,500 small PUTs against the local RGW take a few seconds.
  test.setTimeout(180_000);
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'list');
  const objects: Record<string, string> = {
    'a-empty.txt': '',
    'a-huge.bin': 'x'.repeat(200_000),
    'alpha/one.txt': '1',
    'alpha/two.txt': '22',
    'alpha/inner/deep.txt': 'd',
    'beta/b.txt': 'b',
    // Sorts after every file-*: it arrives with the last page and must still join the folders.
    'gamma/g.txt': 'g',
  };
  for (let i = 0; i < FILES; i++) objects[fileName(i)] = 'x'.repeat(1 + (i % 97));
  await bucket.put(objects);
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
});

test('a person browses, sorts, filters, searches and scrolls a 2,500-object bucket', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const app = new HoldallApp(page);
  const list = new ObjectsList(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);

  await test.step('folders come first; more pages exist', async () => {
    await expect(list.row('alpha/')).toBeVisible();
    expect(await list.firstNames(5)).toEqual([
      'alpha/',
      'beta/',
      'a-empty.txt',
      'a-huge.bin',
      'file-0000.txt',
    ]);
    await list.expectRowCount(-1);
    await expect(list.row('a-huge.bin')).toContainText('195 KiB');
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: testInfo.outputPath('objects-list-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('objects-list-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('sort by size, both ways, folders staying first', async () => {
    await list.sortBy('Size');
    await expect(list.columnHeader('Size')).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.columnHeader('Name')).not.toHaveAttribute('aria-sort');
    expect(await list.firstNames(3)).toEqual(['alpha/', 'beta/', 'a-empty.txt']);
    await list.sortBy('Size');
    await expect(list.columnHeader('Size')).toHaveAttribute('aria-sort', 'descending');
    expect(await list.firstNames(3)).toEqual(['alpha/', 'beta/', 'a-huge.bin']);
    await list.sortBy('Name');
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(await list.firstNames(3)).toEqual(['alpha/', 'beta/', 'a-empty.txt']);
  });

  await test.step('the filter narrows loaded rows at once', async () => {
    await list.filter.fill('FILE-00');
    await expect(list.row('file-0010.txt')).toBeVisible();
    expect(await list.firstNames(2)).toEqual(['file-0000.txt', 'file-0001.txt']);
    await expect(list.row('alpha/')).toHaveCount(0);
    // RGW counts keys rolled into folders towards a page's 1,000, so the first page holds a few less.
    await expect(list.footer).toContainText(/^100 of [\d,]+ loaded items match/);
    await list.filter.fill('');
    await expect(list.row('alpha/')).toBeVisible();
  });

  await test.step('Enter searches the server by prefix', async () => {
    await list.filter.fill('file-24');
    await list.filter.press('Enter');
    await expect(list.breadcrumbs.getByRole('button', { name: 'file-24…' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    await expect(list.row('file-2400.txt')).toBeVisible();
    // All 100 matches came in one page: the count is known (plus the header row).
    await list.expectRowCount(101);
    await expect(list.filter).toHaveValue('');
    await list.breadcrumbs.getByRole('button', { name: bucket.name }).click();
    await expect(list.row('alpha/')).toBeVisible();
  });

  await test.step('keyboard: arrows, Shift+arrows, Enter into a folder, Backspace up', async () => {
    await list.row('alpha/').click();
    await expect(list.row('alpha/')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(list.row('beta/')).toBeFocused();
    await expect(list.row('beta/')).toHaveAttribute('aria-selected', 'true');
    await expect(list.row('alpha/')).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(list.row('a-empty.txt')).toBeFocused();
    await expect(list.grid.locator('[aria-selected="true"]')).toHaveCount(2);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(list.row('alpha/')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list.breadcrumbs.getByRole('button', { name: 'alpha' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    expect(await list.firstNames(3)).toEqual(['inner/', 'one.txt', 'two.txt']);
    await expect(list.row('inner/')).toBeFocused();
    await list.expectRowCount(4);
    await page.keyboard.press('Backspace');
    await expect(list.row('alpha/')).toBeVisible();
    await expect(list.breadcrumbs.getByRole('button', { name: bucket.name })).toHaveAttribute(
      'aria-current',
      'location',
    );
    await list.row('beta/').click();
    await page.keyboard.press('ControlOrMeta+a');
    await expect(list.footer).toHaveText(/^([\d,]+) items loaded · .* · \1 selected$/);
  });

  await test.step('scrolling loads the next pages; the DOM keeps under 200 rows', async () => {
    await list.row('file-0000.txt').hover();
    let maxRows = 0;
    for (let i = 0; i < 120; i++) {
      await page.mouse.wheel(0, 4_000);
      maxRows = Math.max(maxRows, await list.domRowCount());
      if ((await list.grid.getAttribute('aria-rowcount')) !== '-1') break;
    }
    // 2,500 files, 2 more objects and 3 folders, plus the header row.
    await list.expectRowCount(2_506);
    expect(maxRows).toBeLessThan(200);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 20_000);
    await expect(list.row(fileName(FILES - 1))).toBeVisible();
    expect(await list.domRowCount()).toBeLessThan(200);
    await expect(list.footer).toContainText('2,505 items');
    await page.screenshot({ path: testInfo.outputPath('objects-list-end.png') });
    // The folder from the last page went to the top with the others.
    await list.row(fileName(FILES - 1)).click();
    await page.keyboard.press('Home');
    expect(await list.firstNames(3)).toEqual(['alpha/', 'beta/', 'gamma/']);
    await expect(list.row('alpha/')).toBeFocused();
  });
});
