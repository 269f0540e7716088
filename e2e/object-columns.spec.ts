import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { bucketSession } from './fixtures/bucket-session.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectsList, widthOf } from './pages/objects-list.js';

const session = bucketSession('columns');

const KINDS: readonly (readonly [string, string, string])[] = [
  ['photos/', 'folder', 'Folder'],
  ['photo.PNG', 'image', 'Image'],
  ['clip.mp4', 'video', 'Video'],
  ['song.mp3', 'audio', 'Audio'],
  ['backup.tar.gz', 'archive', 'Archive'],
  ['main.ts', 'code', 'Code'],
  ['report.pdf', 'pdf', 'PDF'],
  ['notes.txt', 'text', 'Text'],
  ['Makefile', 'other', 'File'],
];

interface Styled {
  parentElement: Styled | null;
}

/** WCAG contrast of the icon's colour against the nearest opaque background behind it. */
async function iconContrast(icon: Locator): Promise<number> {
  // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
  return icon.evaluate((element: Styled) => {
    const view = globalThis as unknown as {
      getComputedStyle(e: Styled): { color: string; backgroundColor: string };
    };
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    let behind: Styled | null = element;
    let background = [255, 255, 255];
    while (behind !== null) {
      const colour = rgb(view.getComputedStyle(behind).backgroundColor);
      if (colour.length === 3 || colour[3] === 1) {
        background = colour;
        break;
      }
      behind = behind.parentElement;
    }
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const a = luminance(rgb(view.getComputedStyle(element).color));
    const b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

async function leftOf(element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (box === null) throw new Error('not on screen');
  return Math.round(box.x);
}

async function openKinds(page: Page): Promise<ObjectsList> {
  for (const [name] of KINDS) {
    await session.put(name.endsWith('/') ? `${name}inside.txt` : name, 'x');
  }
  await session.open(page);
  const list = new ObjectsList(page);
  await expect(list.row('Makefile')).toBeVisible();
  return list;
}

test('each row shows an icon for its kind and says the kind, in light, dark and Chinese', async ({
  page,
}, testInfo) => {
  const list = await openKinds(page);
  for (const [name, kind, label] of KINDS) {
    const row = list.row(name);
    await expect(row).toHaveAccessibleDescription(label);
    await expect(row.locator(`[data-kind="${kind}"] svg`)).toBeVisible();
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, kind] of KINDS) {
      const contrast = await iconContrast(list.row(name).locator(`[data-kind="${kind}"]`));
      expect(contrast, `${kind} icon in ${scheme}`).toBeGreaterThanOrEqual(3);
    }
    await page.screenshot({ path: testInfo.outputPath(`kinds-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await new LanguagesPage(page).choose('简体中文');
  const grid = page.getByRole('grid', { name: '对象' });
  await expect(grid.getByRole('row', { name: 'photo.PNG' })).toHaveAccessibleDescription('图片');
  await expect(grid.getByRole('row', { name: 'photos/' })).toHaveAccessibleDescription('文件夹');
  await grid.getByRole('button', { name: '选择列' }).click();
  const menu = page.getByRole('menu', { name: '列' });
  const choices = [
    ['大小', 'true'],
    ['修改时间', 'true'],
    ['存储类型', 'true'],
    ['ETag', 'false'],
    ['所有者', 'false'],
  ] as const;
  await expect(menu.getByRole('menuitemcheckbox')).toHaveCount(choices.length);
  for (const [name, checked] of choices) {
    await expect(menu.getByRole('menuitemcheckbox', { name, exact: true })).toHaveAttribute(
      'aria-checked',
      checked,
    );
  }
  await page.screenshot({ path: testInfo.outputPath('columns-zh-CN.png') });
});

test('the column chooser shows the server ETag and hides Size; a hidden sorted column falls back to names', async ({
  page,
}) => {
  await session.put('a.txt', 'alpha');
  await session.put('b.txt', 'a longer body');
  const head = await session.admin.send(
    new HeadObjectCommand({ Bucket: session.bucketName(), Key: 'a.txt' }),
  );
  const etag = (head.ETag ?? '').replaceAll('"', '');
  expect(etag).toMatch(/^[0-9a-f]{32}$/);
  await session.open(page);
  const list = new ObjectsList(page);
  await expect(list.row('b.txt')).toBeVisible();

  // Narrow enough that the columns scroll sideways once ETag shows.
  await page.setViewportSize({ width: 1000, height: 900 });
  // By keyboard: the button opens the menu on its first item; Space ticks without closing it.
  await list.chooser.focus();
  await page.keyboard.press('Enter');
  await expect(list.columnChoice('Size')).toBeFocused();
  await expect(list.columnChoice('ETag')).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.columnChoice('ETag')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(list.columnChoice('ETag')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(list.columnMenu).toBeHidden();
  await expect(list.chooser).toBeFocused();
  const etagCell = await list.cell('a.txt', 'ETag');
  await expect(etagCell).toHaveText(etag);
  // The focused chooser scrolled the header sideways: the rows follow on the header's scroll
  // event, which comes a frame later, so wait for them to line up rather than read once.
  const etagHeader = list.grid.getByRole('columnheader', { name: 'ETag', exact: true });
  await expect.poll(async () => (await leftOf(etagCell)) - (await leftOf(etagHeader))).toBe(0);

  await list.sortBy('Size');
  await expect.poll(() => list.firstNames(2)).toEqual(['a.txt', 'b.txt']);
  await list.sortBy('Size');
  await expect.poll(() => list.firstNames(2)).toEqual(['b.txt', 'a.txt']);
  await list.chooser.click();
  await list.columnChoice('Size').click();
  await expect(list.columnChoice('Size')).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
  await expect(list.grid.getByRole('columnheader', { name: 'Size', exact: true })).toHaveCount(0);
  await expect(list.row('a.txt')).not.toContainText('5 B');
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => list.firstNames(2)).toEqual(['a.txt', 'b.txt']);
});

test('columns resize by keyboard and by mouse, reset on double-click, and keep their widths after a reload', async ({
  page,
}) => {
  await session.put('a.txt', 'alpha');
  await session.open(page);
  const list = new ObjectsList(page);
  await expect(list.row('a.txt')).toBeVisible();
  const size = await list.columnWidth('Size');
  const modified = await list.columnWidth('Modified');

  await list.resizer('Size').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => list.columnWidth('Size')).toBe(size + 32);
  await expect(list.resizer('Size')).toHaveAttribute('aria-valuenow', String(size + 32));
  // The rows follow their header.
  const cell = await list.cell('a.txt', 'Size');
  await expect.poll(() => widthOf(cell)).toBe(size + 32);

  const handle = await list.resizer('Modified').boundingBox();
  if (handle === null) throw new Error('the Modified handle is not on screen');
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30, y, { steps: 3 });
  await page.mouse.move(x + 60, y, { steps: 3 });
  await page.mouse.up();
  await expect.poll(() => list.columnWidth('Modified')).toBe(modified + 60);

  await page.mouse.move(x - 500, y);
  const storageClass = await list.columnWidth('Storage class');
  await list.resizer('Storage class').focus();
  await page.keyboard.press('Home');
  await expect.poll(() => list.columnWidth('Storage class')).toBeLessThan(storageClass);
  const narrow = await list.columnWidth('Storage class');
  await list.resizer('Storage class').dblclick();
  await expect.poll(() => list.columnWidth('Storage class')).toBeGreaterThan(narrow);

  await page.reload();
  await expect(list.row('a.txt')).toBeVisible();
  await expect.poll(() => list.columnWidth('Size')).toBe(size + 32);
  await expect.poll(() => list.columnWidth('Modified')).toBe(modified + 60);
});
