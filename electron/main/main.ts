import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { AppError } from '../../shared/contract/envelope.js';
import type { WebContents } from 'electron';
import {
  CANCEL_CHANNEL,
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
} from '../../shared/contract/channel-names.js';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import { createCore } from '../core/create-core.js';
import type { Core } from '../core/create-core.js';
import { APP_ORIGIN } from './app-origin.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { removeDraggedCopies } from './drag-out.js';
import { registerDragOut } from './drag-out-ipc.js';
import { createCancelListener, createInvokeHandler } from './invoke-handler.js';
import { registerLocalGrants } from './local-grants.js';
import { windowScope } from './window-scope.js';
import { serveMedia } from './media-protocol.js';
import { createSafeStorageCipher } from './safe-storage-cipher.js';
import { claimSingleInstance } from './single-instance.js';
import { TransferSignals } from './transfer-signals.js';
import { WindowCalls } from './window-calls.js';
import { mayNavigate, mayUsePermission } from './window-guards.js';
import { installAppMenu } from './install-app-menu.js';
import { registerOpenExternal } from './open-external.js';
import { rememberWindowState, restoredWindowState } from './window-state.js';

const trusted = new Set<WebContents>();
const calls = new WindowCalls();
// dist/electron/main.cjs → dist/renderer and dist/electron/preload.cjs
const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

const transferSignals = new TransferSignals(() => BrowserWindow.getAllWindows());

const emit: EmitEvent = (event, payload) => {
  for (const contents of trusted) {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, payload });
  }
  transferSignals.observe(event, payload);
};

/**
 * `address`: what follows index.html, `#<place>` the window opens at or `?connect=<link>`;
 * '' opens at the last place.
 */
function createWindow(core: Core, address = ''): void {
  const dataDir = app.getPath('userData');
  const placed = restoredWindowState(dataDir);
  const win = new BrowserWindow({
    ...placed.bounds,
    title: 'Holdall',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer, for PDF previews framed from the media scheme.
      plugins: true,
    },
  });
  if (placed.maximized) win.maximize();
  rememberWindowState(win, dataDir);
  const contents = win.webContents;
  trusted.add(contents);
  const scope = windowScope(contents);
  contents.on('destroyed', () => {
    calls.abortAll(contents, 'The window closed');
    trusted.delete(contents);
    core.grants.revoke(scope);
  });
  // A reload or a crash leaves nobody to answer: the old page's calls stop too.
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument)
      calls.abortAll(contents, 'The window reloaded');
  });
  contents.on('render-process-gone', () => calls.abortAll(contents, 'The window crashed'));
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, true)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!mayNavigate(details.url, details.isMainFrame)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(`${APP_ORIGIN}/index.html${address}`);
}

function registerContract(core: Core): void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(core.dispatch, trusted, calls));
  ipcMain.on(CANCEL_CHANNEL, createCancelListener(trusted, calls));
}

registerAppScheme();
app.enableSandbox();
// Tests and portable setups point both hosts at one folder with the same variable.
const dataDirOverride = process.env.HOLDALL_DATA_DIR;
if (dataDirOverride !== undefined && dataDirOverride !== '')
  app.setPath('userData', dataDirOverride);
// A second launch hands its link to the first and quits before it starts anything. The lock
// lives in the data folder: an app pointed at another folder is another instance.
const desktopLinks = claimSingleInstance();

void app.whenReady().then(() => {
  if (desktopLinks === null) return;
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(mayUsePermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    mayUsePermission(permission),
  );
  serveRenderer(rendererDir);
  const appDataDir = app.getPath('userData');
  // Copies a drag left when the app last died: no drag waits for them any more.
  removeDraggedCopies(appDataDir);
  const core = createCore({
    appDataDir,
    cipher: createSafeStorageCipher(),
    host: { kind: 'electron', version: app.getVersion() },
    emit,
    // The OS's proxy settings (and PAC script) for a connection set to "System settings".
    systemProxy: (url) => session.defaultSession.resolveProxy(url),
    // Only ever a path core found from a finished download's id, never one the page sent.
    openWithApp: async (path) => {
      const problem = await shell.openPath(path);
      if (problem !== '') throw new AppError('LocalFileError', problem);
    },
  });
  registerContract(core);
  registerLocalGrants(core.grants, trusted);
  registerOpenExternal(trusted);
  installAppMenu(trusted);
  registerDragOut({ transfers: core.transfers, appDataDir }, trusted);
  serveMedia(core);
  createWindow(core, desktopLinks.takeStartAddress());
  desktopLinks.serve((address) => createWindow(core, address));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(core);
  });
  app.on('before-quit', () => {
    core.close();
    removeDraggedCopies(appDataDir);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
