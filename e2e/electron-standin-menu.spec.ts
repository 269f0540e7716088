import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { HOLDALL_DOCS_URL } from '../shared/domain/external-url.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import { bootElectronMain } from './fixtures/electron-standin/boot.js';
import type { MenuTemplateItem } from './fixtures/electron-standin/electron-module.js';
import { rawInvoke, test } from './fixtures/electron-standin/fixture.js';
import { PRIMARY_DISPLAY } from './fixtures/electron-standin/standin-window.js';
import type { StandinDisplay } from './fixtures/electron-standin/standin-window.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectActionsPage } from './pages/object-actions.js';

// Native integration through the Electron stand-in (docs/architecture.md, "Menu, window
// place and links out"): the application menu main sets, the window's remembered place, and
// links handed to the default browser.

function menuItem(template: readonly MenuTemplateItem[] | null, id: string): MenuTemplateItem {
  for (const item of template ?? []) {
    if (item.id === id) return item;
    const inside = item.submenu === undefined ? undefined : findIn(item.submenu, id);
    if (inside !== undefined) return inside;
  }
  throw new Error(`No menu item ${id}`);
}
function findIn(items: readonly MenuTemplateItem[], id: string): MenuTemplateItem | undefined {
  try {
    return menuItem(items, id);
  } catch {
    return undefined;
  }
}

test('the application menu runs the palette commands in the window, and a key runs its command once', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const holdall = new HoldallApp(page);
  await holdall.expectFirstRun();
  const template = standin.records.applicationMenu;
  // The stand-in runs on Linux: no app menu, Alt mnemonics, Window with minimize and close.
  expect(template?.map((item) => item.label)).toEqual([
    '&File',
    '&Edit',
    '&View',
    '&Go',
    '&Window',
    '&Help',
  ]);
  const [win] = standin.browserWindows;
  const click = (id: string) => {
    const item = menuItem(template, id);
    item.click?.(item, win, {});
  };
  const notices = page.getByTestId('notices');

  await test.step('a command that does not apply yet says so and does nothing else', async () => {
    click('objects.newFolder');
    await expect(notices).toContainText('That menu command does not apply here right now');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('File › New Connection… opens the dialog; nothing acts behind it', async () => {
    click('connections.create');
    const dialog = page.getByRole('dialog', { name: 'New connection' });
    await expect(dialog).toBeVisible();
    click('palette.toggle');
    await expect(notices).toContainText('Finish or close the open dialog first');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('keys the page binds stay the page’s: Ctrl+K opens the palette once', async () => {
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    // The palette shows the key the menu binds for a command, from the same table.
    await expect(palette.getByRole('option', { name: /connection/i }).first()).toContainText(
      'Ctrl+N',
    );
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
    await page.keyboard.press('F5');
    await page.keyboard.press('Control+R');
  });

  await test.step('a key only the menu binds reaches it: Ctrl+N opens New connection', async () => {
    await page.keyboard.press('Control+N');
    const dialog = page.getByRole('dialog', { name: 'New connection' });
    await expect(dialog).toBeVisible();
    // The page's own keys (Ctrl+K, F5, Ctrl+R) never reached the menu.
    expect(standin.menuKeyClicks).toEqual(['connections.create']);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('Help › Holdall documentation and About’s link open the default browser', async () => {
    click('help.docs');
    await expect.poll(() => standin.records.opened).toEqual([HOLDALL_DOCS_URL]);
    click('host.about');
    const about = page.getByRole('dialog', { name: 'About Holdall' });
    await about.getByRole('button', { name: 'Holdall documentation' }).click();
    await expect.poll(() => standin.records.opened).toEqual([HOLDALL_DOCS_URL, HOLDALL_DOCS_URL]);
    // No window of the app's own was opened for it.
    expect(standin.records.windows).toHaveLength(1);
  });
});

test('a share link’s Open goes to the default browser; javascript: and file: links are refused', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const bucket = await createTestBucket(adminClient(), 'menu-share');
  try {
    await bucket.put({ 'notes.txt': 'shared' });
    const holdall = new HoldallApp(page);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    const ui = new ObjectActionsPage(page);
    await ui.fromRowMenu('notes.txt', 'Share link…');
    const dialog = page.getByRole('dialog', { name: 'Share notes.txt' });
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const url = await dialog.getByTestId('share-url').inputValue();
    expect(url).toMatch(/^http.*X-Amz-Signature=/);
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    await expect.poll(() => standin.records.opened).toEqual([url]);

    // What a compromised page could ask main for directly: refused, with the reason.
    for (const [refused, scheme] of [
      ['javascript:alert(document.cookie)', 'javascript:'],
      ['file:///etc/passwd', 'file:'],
      ['holdall-media://object/x?key=x', 'holdall-media:'],
    ] as const) {
      expect(await rawInvoke(page, 'holdall:open-external', [refused])).toEqual({
        ok: false,
        error: {
          code: 'InvalidInput',
          message: `Only http and https links open in the browser, not "${scheme}"`,
        },
      });
    }
    expect(await rawInvoke(page, 'holdall:open-external', [{ href: url }])).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
    expect(standin.records.opened).toEqual([url]);
  } finally {
    await bucket.remove();
  }
});

test('in the browser host a share link’s Open opens a new tab with no handle on the app', async ({
  page,
  context,
}) => {
  const host = await startBrowserHost();
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'menu-tab');
  try {
    // Shown as text, so the tab stays to be looked at rather than turning into a download.
    await admin.send(
      new PutObjectCommand({
        Bucket: bucket.name,
        Key: 'notes.txt',
        Body: 'shared in a tab',
        ContentType: 'text/plain',
      }),
    );
    await page.goto(host.url);
    const holdall = new HoldallApp(page);
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    await new ObjectActionsPage(page).fromRowMenu('notes.txt', 'Share link…');
    const dialog = page.getByRole('dialog', { name: 'Share notes.txt' });
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const url = await dialog.getByTestId('share-url').inputValue();
    const tab = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    const opened = await tab;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(url);
    await expect(opened.locator('body')).toHaveText('shared in a tab');
    expect(await opened.evaluate('window.opener === null')).toBe(true);
  } finally {
    await host.stop();
    await bucket.remove();
  }
});

const root = resolve(import.meta.dirname, '..');
const distDir = process.env.HOLDALL_DIST_DIR ?? join(root, 'dist');
const RIGHT_MONITOR: StandinDisplay = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
};

/** Boots the app on `dataDir`, hands over its first window, and quits it. */
async function withApp(
  browser: Browser,
  dataDir: string,
  displays: readonly StandinDisplay[],
  use: (app: Awaited<ReturnType<typeof bootElectronMain>>) => Promise<void>,
): Promise<void> {
  const app = await bootElectronMain({ browser, distDir, dataDir, root, displays });
  try {
    await use(app);
  } finally {
    await app.stop();
  }
}

const openedAt = (app: Awaited<ReturnType<typeof bootElectronMain>>) => {
  const { x, y, width, height } = app.standin.records.windows[0]?.options ?? {};
  return { x, y, width, height };
};

test('the window opens where it was left, on a display that is still there', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-standin-place-'));
  const stateFile = join(dataDir, 'window-state.json');
  const saved = () => readFile(stateFile, 'utf8').then(JSON.parse, () => null) as Promise<unknown>;
  const twoDisplays = [PRIMARY_DISPLAY, RIGHT_MONITOR];
  try {
    await withApp(browser, dataDir, twoDisplays, async (app) => {
      // First run: the default size, centred on the primary display.
      expect(openedAt(app)).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
      const [win] = app.standin.browserWindows;
      win?.setBounds({ x: 2200, y: 100, width: 1500, height: 900 });
      win?.maximize();
      await expect
        .poll(saved)
        .toEqual({ bounds: { x: 2200, y: 100, width: 1500, height: 900 }, maximized: true });
    });

    await test.step('the next start: the same place on the right monitor, maximized', async () => {
      await withApp(browser, dataDir, twoDisplays, async (app) => {
        expect(openedAt(app)).toEqual({ x: 2200, y: 100, width: 1500, height: 900 });
        expect(app.standin.browserWindows[0]?.isMaximized()).toBe(true);
        app.standin.browserWindows[0]?.unmaximize();
        await expect.poll(saved).toMatchObject({ maximized: false });
      });
    });

    await test.step('the right monitor unplugged: centred on the primary display', async () => {
      await withApp(browser, dataDir, [PRIMARY_DISPLAY], async (app) => {
        expect(openedAt(app)).toEqual({ x: 210, y: 70, width: 1500, height: 900 });
        expect(app.standin.browserWindows[0]?.isMaximized()).toBe(false);
        await new HoldallApp(app.page).expectFirstRun();
      });
    });

    await test.step('a corrupt file: the defaults, and the app starts', async () => {
      await writeFile(stateFile, '{"bounds": {"x": 1e999');
      await withApp(browser, dataDir, [PRIMARY_DISPLAY], async (app) => {
        expect(openedAt(app)).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
        await new HoldallApp(app.page).expectFirstRun();
      });
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
