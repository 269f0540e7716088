import { CreateBucketCommand, DeleteBucketCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { bucketSession } from './fixtures/bucket-session.js';
import { uniqueBucketName } from './fixtures/s3.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';
import { NavigationPage } from './pages/navigation.js';

const session = bucketSession('nav');

/** Buckets a test makes "with another tool"; removed after it, whatever happened. */
const madeElsewhere: string[] = [];
test.afterEach(async () => {
  for (const bucket of madeElsewhere.splice(0)) {
    await session.admin.send(new DeleteBucketCommand({ Bucket: bucket }));
  }
});

async function makeBucketElsewhere(label: string): Promise<string> {
  const bucket = uniqueBucketName(label);
  await session.admin.send(new CreateBucketCommand({ Bucket: bucket }));
  madeElsewhere.push(bucket);
  return bucket;
}

/** The connection id the app wrote into the address, for links of our own. */
function profileIdOf(page: Page): string {
  const match = /^#\/c\/([^/]+)/.exec(new URL(page.url()).hash);
  if (match?.[1] === undefined) throw new Error(`no connection in the address ${page.url()}`);
  return decodeURIComponent(match[1]);
}

test('buckets and objects made elsewhere appear on F5, Ctrl+R, the toolbar and the connection menu, without a reload', async ({
  page,
}) => {
  // More rows than a screen holds, so the list is scrolled when the last one is chosen.
  for (let i = 0; i < 60; i++) await session.put(`z-${String(i).padStart(2, '0')}.txt`, 'z');
  await session.open(page);
  const nav = new NavigationPage(page);
  const connections = new ConnectionsPage(page);
  const row = nav.list.row('z-59.txt');
  await nav.list.row('z-00.txt').click();
  await page.keyboard.press('End');
  await nav.expectFocusedRow('z-59.txt');
  const scrolled = await nav.listScrollTop();
  expect(scrolled).toBeGreaterThan(0);
  await nav.markDocument();

  await test.step('F5 on the list shows a bucket made with another client', async () => {
    const bucket = await makeBucketElsewhere('f5');
    await row.press('F5');
    await expect(connections.item(bucket)).toBeVisible();
    await nav.expectSameDocument();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    expect(await nav.listScrollTop()).toBe(scrolled);
  });

  await test.step('the Refresh button shows an object added elsewhere, keeping the selection', async () => {
    await session.put('c.txt', 'c');
    const bucket = await makeBucketElsewhere('button');
    await nav.button('Refresh').click();
    await expect(connections.item(bucket)).toBeVisible();
    await expect(nav.list.footer).toHaveText('61 items · 1 selected');
    await expect(row).toHaveAttribute('aria-selected', 'true');
    expect(await nav.listScrollTop()).toBe(scrolled);
    await nav.list.grid.evaluate((grid: { querySelector(s: string): { scrollTop: number } }) => {
      grid.querySelector('.ol-scroller').scrollTop = 0;
    });
    await expect(nav.list.row('c.txt')).toBeVisible();
    await nav.expectSameDocument();
  });

  await test.step('Ctrl+R, even in the filter field, refreshes instead of reloading', async () => {
    const bucket = await makeBucketElsewhere('ctrlr');
    await nav.list.filter.focus();
    await page.keyboard.press('Control+R');
    await expect(connections.item(bucket)).toBeVisible();
    await nav.expectSameDocument();
  });

  await test.step('"Refresh buckets" in the connection menu', async () => {
    const bucket = await makeBucketElsewhere('menu');
    await connections.choose('Local RGW', 'Refresh buckets');
    await expect(connections.item(bucket)).toBeVisible();
    await nav.expectSameDocument();
  });
});

test('coming back to the window after a while away refreshes the list', async ({ page }) => {
  // Time in the page is Playwright's, so "half a minute away" takes no half minute.
  await page.clock.install();
  await session.put('a.txt', 'a');
  await session.open(page);
  const nav = new NavigationPage(page);
  await expect(nav.list.row('a.txt')).toBeVisible();
  await session.put('new.txt', 'n');
  await nav.windowFocus('blur');
  await page.clock.fastForward(31_000);
  await nav.windowFocus('focus');
  await expect(nav.list.row('new.txt')).toBeVisible();
});

test('a reload keeps the connection, bucket and a folder whose name has #, %, ?, spaces and Chinese', async ({
  page,
}) => {
  const folder = 'dir #1 100%? 数据/';
  await session.put(`${folder}inner.txt`, 'i');
  await session.put('top.txt', 't');
  await session.open(page);
  const nav = new NavigationPage(page);
  await nav.openFolder(folder);
  await nav.expectAt(session.bucketName(), folder);
  await expect(nav.list.row('inner.txt')).toBeVisible();
  expect(new URL(page.url()).hash).toContain('/p/dir%20%231%20100%25%3F%20');

  await page.reload();
  await nav.expectAt(session.bucketName(), folder);
  await expect(nav.list.row('inner.txt')).toBeVisible();
  await expect(new ConnectionsPage(page).item(session.bucketName())).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a link to something gone says so and lands at the nearest thing that exists', async ({
  page,
}, testInfo) => {
  await session.put('kept/file.txt', 'k');
  await session.open(page);
  const nav = new NavigationPage(page);
  const profileId = encodeURIComponent(profileIdOf(page));
  const base = new URL(page.url());
  const bucket = encodeURIComponent(session.bucketName());
  const notice = nav.notice;
  // A new document, not a change of the address's hash in the open one: the start path.
  const openAfresh = async (url: URL) => {
    await page.goto('about:blank');
    await page.goto(url.toString());
  };

  await test.step('a folder gone: the deepest folder left, edited into the open window', async () => {
    base.hash = `/c/${profileId}/b/${bucket}/p/${encodeURIComponent('kept/gone/deeper/')}`;
    await page.goto(base.toString());
    await expect(notice).toHaveText(
      /The folder “kept\/gone\/deeper\/” no longer exists; showing “kept\/”\./,
    );
    await nav.expectAt(session.bucketName(), 'kept/');
    await expect(nav.list.row('file.txt')).toBeVisible();
    await expectAccessible(page, 'link to a folder that is gone');
    await screenshotBothSchemes(page, testInfo, 'folder-gone');
  });

  await test.step('a bucket gone, opened afresh: its connection', async () => {
    base.hash = `/c/${profileId}/b/${encodeURIComponent(uniqueBucketName('gone'))}`;
    await openAfresh(base);
    await expect(notice).toContainText('no longer exists; showing its connection.');
    await expect(nav.list.grid).toBeHidden();
    await expect(page.getByText('Choose a bucket')).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
  });

  await test.step('a connection gone', async () => {
    base.hash = '/c/no-such-connection/b/any';
    await openAfresh(base);
    await expect(notice).toHaveText('The connection in this link no longer exists.');
  });
});

test('Back, Forward and Up by keys, buttons and mouse; going up focuses the folder left', async ({
  page,
}, testInfo) => {
  await session.put('a/b/c.txt', 'c');
  await session.put('a/x.txt', 'x');
  await session.put('top.txt', 't');
  await session.open(page);
  const nav = new NavigationPage(page);
  const bucket = session.bucketName();
  await nav.openFolder('a/');
  await nav.expectAt(bucket, 'a/');
  await nav.openFolder('b/');
  await nav.expectAt(bucket, 'a/b/');

  await test.step('Alt+↑ goes up and focuses the folder left, twice', async () => {
    await page.keyboard.press('Alt+ArrowUp');
    await nav.expectAt(bucket, 'a/');
    await nav.expectFocusedRow('b/');
    await page.keyboard.press('Alt+ArrowUp');
    await nav.expectAt(bucket, '');
    await nav.expectFocusedRow('a/');
  });

  await test.step('Alt+← and Alt+→ walk the history', async () => {
    await page.keyboard.press('Alt+ArrowLeft');
    await nav.expectAt(bucket, 'a/');
    await page.keyboard.press('Alt+ArrowLeft');
    await nav.expectAt(bucket, 'a/b/');
    await page.keyboard.press('Alt+ArrowRight');
    await nav.expectAt(bucket, 'a/');
    await nav.expectFocusedRow('b/');
  });

  await test.step('the buttons do the same', async () => {
    await nav.button('Up').click();
    await nav.expectAt(bucket, '');
    await nav.expectFocusedRow('a/');
    await nav.button('Back').click();
    await nav.expectAt(bucket, 'a/');
    await nav.button('Forward').click();
    await nav.expectAt(bucket, '');
    await expect(nav.button('Forward')).toHaveAttribute('aria-disabled', 'true');
    await expectAccessible(page, 'object list with its navigation bar');
    await screenshotBothSchemes(page, testInfo, 'navigation-bar');
  });

  await test.step("the mouse's side buttons go back and forward", async () => {
    await nav.sideButton('back');
    await nav.expectAt(bucket, 'a/');
    await nav.sideButton('forward');
    await nav.expectAt(bucket, '');
  });

  await test.step('Alt+← works with the focus in the sidebar too', async () => {
    await new ConnectionsPage(page).item(bucket).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await nav.expectAt(bucket, 'a/');
  });
});

test('typing a name selects the next row starting with it', async ({ page }) => {
  await page.clock.install();
  for (const key of ['alpha.txt', 'beta.txt', 'book.txt', 'box.txt', 'Cat.txt']) {
    await session.put(key, key);
  }
  await session.open(page);
  const nav = new NavigationPage(page);
  await nav.list.row('alpha.txt').click();
  await page.keyboard.type('bo');
  await nav.expectFocusedRow('book.txt');
  await page.keyboard.type('x');
  await nav.expectFocusedRow('box.txt');
  // After a pause the letters start a new search; case does not matter.
  await page.clock.fastForward(2_000);
  await page.keyboard.type('c');
  await nav.expectFocusedRow('Cat.txt');
  await page.clock.fastForward(2_000);
  await page.keyboard.press('b');
  await nav.expectFocusedRow('beta.txt');
  await page.keyboard.press('b');
  await nav.expectFocusedRow('book.txt');
});

test('Chinese: the navigation bar, the palette and the notices', async ({ page }) => {
  await session.put('a/x.txt', 'x');
  await session.open(page);
  const nav = new NavigationPage(page);
  await nav.openFolder('a/');
  await nav.expectAt(session.bucketName(), 'a/');
  await new LanguagesPage(page).choose('简体中文');
  const bar = page.getByRole('toolbar', { name: '导航' });
  for (const name of ['后退', '前进', '上一级', '刷新']) {
    await expect(bar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog');
  await palette.getByRole('combobox').fill('刷新');
  await expect(palette.getByRole('option', { name: /刷新列表/ })).toBeVisible();
  await palette.getByRole('combobox').fill('上一级');
  await expect(palette.getByRole('option', { name: /转到上一级/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  const gone = new URL(page.url());
  gone.hash = `${gone.hash.replace(/\/p\/.*$/, '')}/p/${encodeURIComponent('不在/')}`;
  await page.goto(gone.toString());
  await expect(nav.notice).toHaveText('文件夹“不在/”已不存在，现显示存储桶顶层。');
  await expect(page.getByRole('button', { name: '关闭', exact: true })).toBeVisible();
});
