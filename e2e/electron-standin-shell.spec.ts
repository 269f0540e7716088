import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bootElectronMain, launchSecondInstance } from './fixtures/electron-standin/boot.js';
import type { StandinApp } from './fixtures/electron-standin/boot.js';
import { filesOnDisk, rawInvoke, standinBuild, test } from './fixtures/electron-standin/fixture.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { NavigationPage } from './pages/navigation.js';
import { TransfersPage } from './pages/transfers.js';

// The desktop shell around the window (single instance, holdall://open links, taskbar progress,
// notifications), driven through the bundled main.ts in the Electron stand-in.

/** The connection id the address names once a connection is open. */
function profileIdOf(page: Page): string {
  const match = /^#\/c\/([^/]+)/.exec(new URL(page.url()).hash);
  if (match?.[1] === undefined) throw new Error(`no connection in the address ${page.url()}`);
  return decodeURIComponent(match[1]);
}

function link(profileId: string, bucket: string, folder?: string): string {
  const parts = ['c', profileId, 'b', bucket, ...(folder === undefined ? [] : ['p', folder])];
  return `holdall://open/#/${parts.map(encodeURIComponent).join('/')}`;
}

test('a holdall://open link at launch and one from a second launch open that folder; the second launch quits', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-standin-shell-'));
  const bucket = await createTestBucket(adminClient(), 'shell-link');
  await bucket.put({ 'deep/inner/a.txt': 'a', 'other place/b.txt': 'b' });
  const boot = (argv: string[] = []) =>
    bootElectronMain({ browser, ...standinBuild, dataDir, argv });
  let app: StandinApp | undefined;
  try {
    app = await boot();
    const holdall = new HoldallApp(app.page);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    const profileId = profileIdOf(app.page);
    expect(app.standin.records.protocolClients).toEqual(['holdall']);
    await app.stop();

    // Started by the OS with a link: the window opens on the folder, not the last place.
    app = await boot(['--some-chromium-switch', link(profileId, bucket.name, 'deep/inner/')]);
    const nav = new NavigationPage(app.page);
    await nav.expectAt(bucket.name, 'deep/inner/');
    await expect(nav.list.row('a.txt')).toBeVisible();

    // A second launch with a link while the window sits minimized: it quits having opened
    // nothing, and the first comes forward on that folder.
    app.standin.windowMinimized = true;
    app.standin.windowFocused = false;
    const otherLink = link(profileId, bucket.name, 'other place/');
    const second = await launchSecondInstance({
      first: app,
      ...standinBuild,
      argv: [otherLink],
    });
    expect(second.records.quit).toBe(true);
    expect(second.records.windows).toHaveLength(0);
    expect(second.invokeHandlers.size).toBe(0);
    expect(second.records.instanceLockData).toEqual({ link: otherLink });
    app.standin.emitAppEvent(
      'second-instance',
      { preventDefault: () => undefined },
      ['/opt/Holdall/holdall', otherLink],
      '/home/someone',
      second.records.instanceLockData,
    );
    await nav.expectAt(bucket.name, 'other place/');
    await expect(nav.list.row('b.txt')).toBeVisible();
    expect(app.standin.records.windowFocusCalls).toEqual(['restore', 'show', 'focus']);

    // Only the command line (an older first instance passes no launch data): read from argv.
    app.standin.emitAppEvent(
      'second-instance',
      { preventDefault: () => undefined },
      ['/opt/Holdall/holdall', link(profileId, bucket.name, 'deep/'), '--flag-after'],
      '/home/someone',
      {},
    );
    await nav.expectAt(bucket.name, 'deep/');

    // A link to a bucket that is not there: the browser host's notice, the same words.
    app.standin.emitAppEvent(
      'open-url',
      { preventDefault: () => undefined },
      link(profileId, 'no-such-bucket-here'),
    );
    await expect(nav.notice).toContainText('no longer exists; showing its connection.');

    // A launch with no link, or with a link to the app's own pages, only brings the window up.
    const before = app.page.url();
    app.standin.emitAppEvent(
      'second-instance',
      {},
      ['/opt/Holdall/holdall', 'holdall://app/#/c/x'],
      '/',
      {
        link: 'holdall://app/index.html#/c/x',
      },
    );
    expect(app.standin.records.windowFocusCalls.slice(-2)).toEqual(['show', 'focus']);
    expect(app.page.url()).toBe(before);
    expect(app.standin.records.windows).toHaveLength(1);
  } finally {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('an upload moves the taskbar bar and clears it; one notification when unfocused, none when focused', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const bucket = await createTestBucket(adminClient(), 'shell-progress');
  const local = await mkdtemp(join(tmpdir(), 'holdall-standin-shell-files-'));
  try {
    const holdall = new HoldallApp(page);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    // Slow enough (about two seconds) that the bar has something between empty and full to show.
    const limited = await rawInvoke(page, 'holdall:invoke', [
      'transfers.settings.set',
      { bandwidthLimitBytesPerSec: 4 * 1024 * 1024 },
    ]);
    expect(limited).toMatchObject({ ok: true });

    const upload = async (name: string, size: number) => {
      const path = join(local, name);
      await writeFile(path, Buffer.alloc(size, 7));
      await filesOnDisk(page, [{ name, size, path }]);
      await new TransfersPage(page).filesInput.setInputFiles(path);
      await expect(holdall.row(name)).toBeVisible({ timeout: 60_000 });
    };

    standin.windowFocused = false;
    const started = Date.now();
    await upload('big-upload.bin', 8 * 1024 * 1024);
    await expect.poll(() => standin.records.progressBars.at(-1)?.progress).toBe(-1);
    const seconds = (Date.now() - started) / 1000;
    const bars = standin.records.progressBars.map((bar) => bar.progress);
    const fractions = bars.filter((value) => value >= 0 && value <= 1);
    expect(
      fractions.some((value) => value > 0 && value < 1),
      bars.join(', '),
    ).toBe(true);
    // It only ever moves forward, and a few times a second at most, however many progress events.
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(bars.length).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 3);

    await expect.poll(() => standin.records.notifications.length).toBe(1);
    expect(standin.records.notifications[0]).toEqual({
      title: 'Upload finished',
      body: `“big-upload.bin” uploaded to ${bucket.name}`,
    });
    // Clicking it brings the window forward.
    standin.shownNotifications[0]?.emit('click');
    expect(standin.records.windowFocusCalls).toContain('focus');
    expect(standin.windowFocused).toBe(true);

    // With the window focused the user sees the transfer finish: no notification.
    // Main hears a job's end in the same call that tells the page, so by the time the list
    // shows the object, any notification would have been shown.
    await upload('small-upload.txt', 1024);
    expect(standin.records.notifications).toHaveLength(1);
  } finally {
    await rm(local, { recursive: true, force: true });
  }
});

test('a folder upload finishing in the background gives one notification, not one per file', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const bucket = await createTestBucket(adminClient(), 'shell-folder');
  const local = await mkdtemp(join(tmpdir(), 'holdall-standin-shell-folder-'));
  try {
    const holdall = new HoldallApp(page);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', s3Target());
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    const album = join(local, 'album');
    await mkdir(album);
    const files = ['one.txt', 'two.txt', 'three.txt'].map((name, i) => ({
      name,
      size: 10 + i,
      path: join(album, name),
    }));
    for (const file of files) await writeFile(file.path, 'x'.repeat(file.size));
    await filesOnDisk(page, files);

    standin.windowFocused = false;
    await new TransfersPage(page).folderInput.setInputFiles(album);
    await expect(holdall.row('album/')).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => standin.records.notifications.length).toBe(1);
    expect(standin.records.notifications).toEqual([
      { title: 'Folder upload finished', body: `“album” (3 files) uploaded to ${bucket.name}` },
    ]);
  } finally {
    await rm(local, { recursive: true, force: true });
  }
});
