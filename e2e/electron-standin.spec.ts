import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expect } from '@playwright/test';
import { filesOnDisk, rawInvoke, test } from './fixtures/electron-standin/fixture.js';
import { startFaultProxy } from './fixtures/fault-proxy.js';
import { samplePng } from './fixtures/preview-samples.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { HoldallApp } from './pages/holdall-app.js';
import { OpenDownloadPage } from './pages/open-download.js';
import { PreviewPage } from './pages/preview.js';
import { TransfersPage } from './pages/transfers.js';

// The bundled main process and preload, run by the Electron stand-in (docs/architecture.md,
// "The Electron stand-in"): everything the page does goes over ipcMain and the protocol handlers.

const APP_PAGE = 'holdall://app/index.html';

test('main.ts opens one sandboxed, isolated window on its own scheme, with its CSP and permissions', async ({
  electronApp,
}) => {
  const { standin, page, served } = electronApp;
  expect(standin.records.sandboxEnabled).toBe(true);
  expect(standin.records.privilegedSchemes).toEqual([
    { scheme: 'holdall', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    {
      scheme: 'holdall-media',
      privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true },
    },
  ]);
  expect(standin.records.windows).toHaveLength(1);
  const prefs = standin.records.windows[0]?.options.webPreferences as Record<string, unknown>;
  expect(prefs).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webviewTag: false,
  });
  expect(prefs.preload).toMatch(/[/\\]electron[/\\]preload\.cjs$/);
  expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames');
  expect(prefs).not.toHaveProperty('webSecurity');
  expect(electronApp.contents.getURL()).toBe(APP_PAGE);
  // The contract's channels: calls, grants and drags out answered, cancels heard.
  expect([...standin.invokeHandlers.keys()].sort()).toEqual([
    'holdall:drag-out',
    'holdall:grant',
    'holdall:invoke',
    'holdall:open-external',
  ]);
  expect(standin.ipcEvents.listenerCount('holdall:cancel')).toBe(1);

  const index = served.find((s) => s.url === APP_PAGE);
  expect(index?.status).toBe(200);
  const csp = index?.headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    'frame-src holdall-media://object',
  ])
    expect(csp).toContain(directive);
  expect(index?.headers['x-content-type-options']).toBe('nosniff');

  // The CSP is in force in the page: an injected inline script does not run.
  const inlineRan = await page.evaluate(`new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', () => resolve(globalThis.inlineRan === true));
    const script = document.createElement('script');
    script.textContent = 'globalThis.inlineRan = true';
    document.body.append(script);
  })`);
  expect(inlineRan).toBe(false);

  // The page sees the preload's bridge, and neither Node nor ipcRenderer.
  expect(
    await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const bridge = g.holdall as Record<string, unknown>;
      return {
        host: bridge.host,
        keys: Object.keys(bridge).sort(),
        require: typeof g.require,
        process: typeof g.process,
      };
    }),
  ).toEqual({
    host: 'electron',
    keys: [
      'cancel',
      'dragOut',
      'grantFiles',
      'host',
      'invoke',
      'mediaUrl',
      'on',
      'openInBrowser',
      'pickFolder',
      'pickSaveFile',
      'pickUploadFiles',
      'pickUploadFolder',
    ],
    require: 'undefined',
    process: 'undefined',
  });

  const { request, check } = standin.permissionHandlers;
  const asked = (permission: string) =>
    new Promise<boolean>((resolve) => request?.(electronApp.contents, permission, resolve));
  expect(await asked('clipboard-sanitized-write')).toBe(true);
  for (const refused of ['clipboard-read', 'geolocation', 'notifications', 'media'])
    expect(await asked(refused), refused).toBe(false);
  expect(check?.(electronApp.contents, 'clipboard-read')).toBe(false);
  expect(check?.(electronApp.contents, 'clipboard-sanitized-write')).toBe(true);
});

test('a connection, a bucket, an upload from a granted path, a download into a picked folder and an image preview, all over IPC', async ({
  electronApp,
}) => {
  const { page, standin, served } = electronApp;
  const admin = adminClient();
  const bucket = await createTestBucket(admin, 'standin');
  const png = samplePng(64, 48);
  await bucket.put({ 'readme.txt': 'hello' });
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: 'photo.png',
      Body: png,
      ContentType: 'image/png',
    }),
  );
  const local = await mkdtemp(join(tmpdir(), 'holdall-standin-files-'));
  try {
    const target = s3Target();
    const holdall = new HoldallApp(page);
    await holdall.expectFirstRun();
    await holdall.addConnection('Local RGW', target);
    // Saved through safeStorage: the secret key is nowhere in the data folder in clear.
    for (const name of await readdir(electronApp.dataDir, { recursive: true })) {
      const path = join(electronApp.dataDir, name);
      if ((await stat(path)).isFile())
        expect(await readFile(path, 'utf8'), name).not.toContain(target.secretAccessKey);
    }
    await holdall.openConnection('Local RGW');
    await holdall.openBucket(bucket.name);
    await expect(holdall.row('readme.txt')).toBeVisible();

    const upload = join(local, 'upload-me.txt');
    const bytes = `granted in place ${Date.now()}\n`.repeat(100);
    await writeFile(upload, bytes);
    await filesOnDisk(page, [
      { name: 'upload-me.txt', size: Buffer.byteLength(bytes), path: upload },
    ]);
    const transfers = new TransfersPage(page);
    await transfers.filesInput.setInputFiles(upload);
    await expect(holdall.row('upload-me.txt')).toBeVisible({ timeout: 30_000 });
    const stored = await admin.send(
      new GetObjectCommand({ Bucket: bucket.name, Key: 'upload-me.txt' }),
    );
    expect(await stored.Body?.transformToString()).toBe(bytes);

    const into = join(local, 'picked');
    await mkdir(into);
    standin.dialogAnswers.push({ canceled: false, filePaths: [into] });
    const ui = new OpenDownloadPage(page);
    await ui.fromRowMenu('upload-me.txt', 'Download…');
    const dialog = ui.downloadDialog;
    await dialog.getByRole('button', { name: 'Choose a folder…' }).click();
    await expect(dialog.getByLabel('Destination folder')).toHaveValue(into);
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect
      .poll(() => readFile(join(into, 'upload-me.txt'), 'utf8').catch(() => ''), {
        timeout: 30_000,
      })
      .toBe(bytes);
    expect(standin.records.dialogs).toHaveLength(1);
    expect(standin.records.dialogs[0]?.options).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });

    const preview = new PreviewPage(page);
    const shown = await preview.openWithSpace('photo.png');
    const image = shown.getByRole('img', { name: 'Image photo.png' });
    await expect(image).toBeVisible();
    await expect
      .poll(() =>
        image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBe(64);
    const media = served.find((s) => s.url.startsWith('holdall-media://object/photo.png?'));
    expect(media?.status).toBe(200);
    expect(media?.headers['content-type']).toBe('image/png');
    expect(media?.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors holdall://app; sandbox",
    );
    await preview.closeWithSpace(shown);
  } finally {
    await rm(local, { recursive: true, force: true });
    await bucket.remove();
  }
});

test('the window refuses to navigate away, to frame elsewhere and to open windows', async ({
  electronApp,
}) => {
  const { page, contents, standin } = electronApp;
  await new HoldallApp(page).expectFirstRun();
  for (const away of ['https://elsewhere.example/', 'holdall-media://object/x.png?key=x.png']) {
    const pageUrl = away.replace(
      'holdall-media://object',
      'https://object.holdall-media-scheme.test',
    );
    await page.evaluate((url) => {
      (globalThis as unknown as { location: { href: string } }).location.href = url;
    }, pageUrl);
    await expect
      .poll(() => contents.navigations.find((n) => n.url === away))
      .toEqual({ url: away, isMainFrame: true, refused: true });
  }
  expect(contents.getURL()).toBe(APP_PAGE);
  await new HoldallApp(page).expectFirstRun();

  // Frames: the page's CSP stops a frame from elsewhere before any request is made...
  const frameBlocked = await page.evaluate(`new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective));
    const frame = document.createElement('iframe');
    frame.src = 'https://elsewhere.example/frame';
    document.body.append(frame);
  })`);
  expect(frameBlocked).toBe('frame-src');
  expect(contents.navigations.some((n) => n.url === 'https://elsewhere.example/frame')).toBe(false);
  // ...and behind it main's will-frame-navigate listener lets a frame go only to the media scheme.
  expect(contents.mayStartNavigation('https://elsewhere.example/frame', false)).toBe(false);
  expect(
    contents.mayStartNavigation('https://object.holdall-media-scheme.test/a.pdf?key=a.pdf', false),
  ).toBe(true);

  await page.evaluate(() => {
    (globalThis as unknown as { open: (url: string) => unknown }).open(
      'https://elsewhere.example/popup',
    );
  });
  await expect
    .poll(() => contents.windowOpens)
    .toEqual([{ url: 'https://elsewhere.example/popup', action: 'deny' }]);
  await expect.poll(() => electronApp.context.pages().length).toBe(1);
  expect(standin.records.windows).toHaveLength(1);
});

test('contract calls from a frame inside the window or from a page main did not open are refused', async ({
  electronApp,
}) => {
  const { page, context } = electronApp;
  await new HoldallApp(page).expectFirstRun();
  const info = ['host.info', {}];
  // The app's own main frame is answered: the refusals below are the sender check's.
  expect(await rawInvoke(page, 'holdall:invoke', info)).toMatchObject({ ok: true });
  const denied = { ok: false, error: { code: 'AccessDenied', message: 'Untrusted sender' } };

  await page.evaluate(`new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>inner</p>';
    frame.addEventListener('load', resolve);
    document.body.append(frame);
  })`);
  const inner = page.frames().find((f) => f.parentFrame() !== null);
  if (inner === undefined) throw new Error('No inner frame');
  expect(await rawInvoke(inner, 'holdall:invoke', info)).toEqual(denied);
  expect(await rawInvoke(inner, 'holdall:grant', ['files', []])).toEqual(denied);

  const other = await context.newPage();
  await other.goto('https://app.holdall-scheme.test/index.html');
  expect(await rawInvoke(other, 'holdall:invoke', info)).toEqual(denied);
  expect(await rawInvoke(other, 'holdall:grant', ['pickFolder'])).toEqual(denied);
  await other.close();

  // Past the sender check, the preload's allowlist and the dispatcher still refuse.
  expect(
    await page.evaluate(() =>
      (
        globalThis as unknown as { holdall: { invoke: (c: string, i: unknown) => unknown } }
      ).holdall.invoke('fs.readFile', '/etc/passwd'),
    ),
  ).toMatchObject({ ok: false, error: { code: 'UnknownChannel' } });
  expect(await rawInvoke(page, 'holdall:invoke', ['fs.readFile', '/etc/passwd'])).toMatchObject({
    ok: false,
    error: { code: 'UnknownChannel' },
  });
});

test('the protocol handlers serve nothing outside the renderer folder', async ({ electronApp }) => {
  const { request, page } = electronApp;
  const index = await request(APP_PAGE);
  expect(index.status).toBe(200);
  expect(await index.text()).toContain('<div id="root">');
  for (const url of [
    'holdall://app/../electron/main.cjs',
    'holdall://app/%2e%2e/electron/main.cjs',
    'holdall://app/..%2felectron%2fmain.cjs',
    'holdall://app/assets/..%2f..%2f..%2felectron%2fpreload.cjs',
    'holdall://app/..%5celectron%5cmain.cjs',
    'holdall://app/%252e%252e%252felectron%252fmain.cjs',
    'holdall://app/index.html%00.js',
    'holdall://app/%E0%A4%A.js',
    'holdall://elsewhere/index.html',
  ]) {
    const answer = await request(url);
    expect(answer.status, url).toBe(404);
    expect(await answer.text(), url).toBe('Not found');
  }
  // The same through the page, where Chromium's URL handling comes first.
  const fromPage = await page.evaluate(async () => {
    const statuses: number[] = [];
    for (const path of ['/..%2felectron%2fmain.cjs', '/%2e%2e/%2e%2e/electron/main.cjs'])
      statuses.push((await fetch(path)).status);
    return statuses;
  });
  expect(fromPage).toEqual([404, 404]);

  const post = await request('holdall-media://object/x.png?profile=p&bucket=b&key=x.png', {
    method: 'POST',
  });
  expect(post.status).toBe(405);
  const hostile = await request(
    'holdall-media://object/..%2f..%2fetc%2fpasswd?profile=nobody&bucket=b&key=..%2F..%2Fetc%2Fpasswd',
  );
  expect(hostile.status).toBeGreaterThanOrEqual(400);
  expect(await hostile.text()).not.toContain('root:');
});

test('closing the only window quits the app, as main.ts asks off macOS', async ({
  electronApp,
}) => {
  const { page, contents, standin } = electronApp;
  await new HoldallApp(page).expectFirstRun();
  expect(standin.records.quit).toBe(false);
  await page.close();
  await expect.poll(() => contents.isDestroyed()).toBe(true);
  await expect.poll(() => standin.records.quit).toBe(true);
});

test('a call the page stops waiting for is canceled in main, by its id, over ipcRenderer.send', async ({
  electronApp,
}) => {
  const { page } = electronApp;
  await new HoldallApp(page).expectFirstRun();
  const target = s3Target();
  const { hostname, port } = new URL(target.endpoint);
  // Each chunk to and from the server waits, so a listing is still in flight when it is canceled.
  const proxy = await startFaultProxy({ host: hostname, port: Number(port) }, { latencyMs: 400 });
  try {
    const outcome = await page.evaluate(
      async ({ draft }) => {
        type Answer = { ok: boolean; value?: { id: string }; error?: { code: string } };
        const bridge = (
          globalThis as unknown as {
            holdall: {
              invoke: (c: string, i: unknown, id?: string) => Promise<Answer>;
              cancel: (id: string) => void;
            };
          }
        ).holdall;
        const saved = await bridge.invoke('profiles.save', draft);
        const profileId = saved.value?.id ?? '';
        const canceled = bridge.invoke('buckets.list', { profileId }, 'standin-call-1');
        bridge.cancel('standin-call-1');
        // The same call left alone answers: the cancel made the difference.
        const finished = await bridge.invoke('buckets.list', { profileId }, 'standin-call-2');
        return { saved: saved.ok, canceled: await canceled, finished: finished.ok };
      },
      {
        draft: {
          name: 'Slow RGW',
          provider: 'ceph',
          endpoint: proxy.endpoint,
          region: target.region,
          addressing: 'path',
          accessKeyId: target.accessKeyId,
          secretAccessKey: target.secretAccessKey,
        },
      },
    );
    expect(outcome).toMatchObject({
      saved: true,
      canceled: { ok: false, error: { code: 'Canceled' } },
      finished: true,
    });
  } finally {
    await proxy.close();
  }
});
