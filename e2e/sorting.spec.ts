import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { bucketSession } from './fixtures/bucket-session.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectsList } from './pages/objects-list.js';
import { PreviewPage } from './pages/preview.js';
import { TransferSettingsPage } from './pages/transfer-settings.js';

const session = bucketSession('sort');

const NATURAL = ['photos9/', 'photos10/', '_x', 'img1', 'img2', 'Img3', 'img10', '中文'];
// What S3 lists: UTF-8 bytes, so upper case before "_" before lower case, and "10" before "2".
const BYTES = ['photos10/', 'photos9/', 'Img3', '_x', 'img1', 'img10', 'img2', '中文'];

async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('names sort naturally; byte order chosen in Settings is remembered after a reload', async ({
  page,
}, testInfo) => {
  for (const key of ['img1', 'img2', 'img10', 'Img3', '_x', '中文']) await session.put(key, 'x');
  await session.put('photos9/a.txt', 'a');
  await session.put('photos10/a.txt', 'a');
  await session.open(page);
  const list = new ObjectsList(page);

  await test.step('natural order: numbers as numbers, case ignored, folders first', async () => {
    await expect(list.row('中文')).toBeVisible();
    expect(await list.firstNames(NATURAL.length)).toEqual(NATURAL);
    // The whole folder is one page: nothing to say about a partial sort.
    await expect(page.getByRole('button', { name: 'Load all' })).toHaveCount(0);
    await screenshots(page, testInfo, 'natural-order');
  });

  await test.step('preview, Shift+click, type-ahead and going up follow the shown order', async () => {
    // Preview steps through the files in the same order: img2, then Img3, not img10.
    const preview = new PreviewPage(page);
    await preview.openWithSpace('img2');
    await page.keyboard.press('ArrowRight');
    await expect(preview.dialog('Img3')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview.dialog('Img3')).toBeHidden();
    await list.row('img2').click();
    await list.row('img10').click({ modifiers: ['Shift'] });
    for (const name of ['img2', 'Img3', 'img10']) {
      await expect(list.row(name)).toHaveAttribute('aria-selected', 'true');
    }
    await expect(list.grid.locator('[aria-selected="true"]')).toHaveCount(3);
    // Last: Space right after typing belongs to the search, so nothing here presses it.
    await list.row('_x').click();
    await page.keyboard.type('i');
    await expect(list.row('img1')).toBeFocused();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(list.row('Img3')).toBeFocused();
    await expect(list.grid.locator('[aria-selected="true"]')).toHaveCount(3);
    await list.row('photos9/').dblclick();
    await expect(list.row('a.txt')).toBeVisible();
    await page.keyboard.press('Backspace');
    await expect(list.row('photos9/')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(list.row('photos10/')).toBeFocused();
  });

  await test.step('Settings switches to byte order, kept after a reload', async () => {
    const settings = new TransferSettingsPage(page);
    await settings.open();
    const field = settings.dialog.getByRole('combobox', { name: 'Sort names' });
    await expect(field).toHaveValue('natural');
    await field.selectOption({ label: 'By bytes, as S3 lists them' });
    await settings.save.click();
    await expect(settings.dialog).toBeHidden();
    await expect.poll(() => list.firstNames(BYTES.length)).toEqual(BYTES);
    await page.reload();
    await expect(list.row('中文')).toBeVisible();
    expect(await list.firstNames(BYTES.length)).toEqual(BYTES);
  });

  await test.step('the palette switches back to natural order', async () => {
    await list.row('img1').click();
    const palette = new CommandPalettePage(page);
    await palette.openWithKeyboard();
    await palette.run('sort names', 'Sort names: Naturally (file2 before file10)');
    await expect.poll(() => list.firstNames(NATURAL.length)).toEqual(NATURAL);
  });
});

test('a folder sorted before it is all loaded says so; Load all loads the rest, Stop stops', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // 2,100 names without padding, three pages: S3's first page (n0, n1, n10, n100, n1000 …)
  // holds no "n2", which natural order puts third once it is loaded.
  const keys: Record<string, string> = {};
  for (let i = 0; i < 2_100; i++) keys[`n${i}`] = 'x';
  await session.putMany(keys);
  // The second page is held until the test lets it go, so "Loading" and Stop can be seen.
  const continued: string[] = [];
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke/objects.list', async (route) => {
    if (route.request().postData()?.includes('continuationToken') === true) {
      continued.push(route.request().postData() ?? '');
      if (continued.length === 1) await held;
    }
    await route.continue();
  });
  await session.open(page);
  const list = new ObjectsList(page);
  const notice = page.getByRole('group', { name: 'Sort order' });
  const action = notice.getByRole('button');

  await test.step('only the loaded part is sorted, and the list says so', async () => {
    await expect(notice).toContainText(
      'Sorted the 1,000 loaded items only; the rest of the folder is not loaded yet.',
    );
    expect(await list.firstNames(3)).toEqual(['n0', 'n1', 'n10']);
    await expect(action).toHaveText('Load all');
    await expectAccessible(page, 'partly loaded sorted list');
    await screenshots(page, testInfo, 'sort-notice');
  });

  await test.step('Load all shows progress; Stop ends it after the page under way', async () => {
    // Scrolled into the list: rows the next page puts above must not slide the list under it.
    // Typed by hand: e2e is checked without the DOM library; the callback runs in the page.
    await list.grid
      .locator('.ol-scroller')
      .evaluate(
        (scroller: {
          scrollTop: number;
          querySelector(s: string): { offsetHeight: number } | null;
        }) =>
          (scroller.scrollTop = 100 * (scroller.querySelector('[role="row"]')?.offsetHeight ?? 0)),
      );
    await expect(list.grid.locator('[data-row="100"]')).toBeVisible();
    const top = list.grid.locator('[data-row="100"]');
    const topName = (await top.getAttribute('aria-label')) ?? '';
    const topAt = (await top.boundingBox())?.y;
    await action.click();
    await expect(action).toHaveText('Stop');
    await expect(notice).toContainText('Loading the whole folder to sort it: 1,000 items so far');
    await expect(action).toBeFocused();
    await action.click();
    release();
    await expect(notice).toContainText('Sorted the 2,000 loaded items only');
    await expect(action).toHaveText('Load all');
    expect(continued).toHaveLength(1);
    await expect(list.row(topName)).not.toHaveAttribute('data-row', '100');
    await expect.poll(async () => (await list.row(topName).boundingBox())?.y).toBe(topAt);
  });

  await test.step('in Chinese too; Load all then sorts the whole folder', async () => {
    const languages = new LanguagesPage(page);
    await languages.choose('简体中文');
    const zhNotice = page.getByRole('group', { name: '排序方式' });
    await expect(zhNotice).toContainText('仅对已加载的 2,000 项排序；文件夹的其余部分尚未加载。');
    await screenshots(page, testInfo, 'sort-notice-zh');
    await zhNotice.getByRole('button', { name: '全部加载' }).click();
    await expect(zhNotice).toHaveCount(0);
    await expect(list.footer).toContainText('共 2,100 项');
    // The notice went with the focus on its button: the list has it now.
    const zhGrid = page.getByRole('grid', { name: '对象' });
    await expect(zhGrid.getByRole('row', { name: 'n0', exact: true })).toBeFocused();
    await languages.choose('English');
    expect(await list.firstNames(3)).toEqual(['n0', 'n1', 'n2']);
  });
});
