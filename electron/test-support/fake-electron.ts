import { basename } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, WebContents } from 'electron';
import { vi } from 'vitest';
import { APP_ORIGIN } from '../main/app-origin.js';

/**
 * A stand-in for the parts of Electron the grant path touches, for tests only (no Electron
 * binary runs here). `vi.mock('electron', () => import(…).then((m) => m.fakeElectron))` gives
 * the main-process code and the preload one fake, wired as Electron wires them: what the
 * preload invokes reaches the handler `ipcMain.handle` registered, structured-cloned, with an
 * event from the window the page runs in.
 */

type MainHandler = (event: unknown, ...args: unknown[]) => unknown;

interface FakeWindow {
  contents: WebContents;
  /** The main frame's URL: our app, or wherever the page navigated to. */
  url: string;
  isSubframe: boolean;
}

const handlers = new Map<string, MainHandler>();
const windows = new Map<WebContents, FakeWindow>();
const diskPaths = new WeakMap<File, string>();
const exposed = new Map<string, unknown>();
const dialogAnswers: OpenDialogReturnValue[] = [];
let nextContentsId = 1;
let pageWindow: FakeWindow | undefined;

/** What each `dialog.showOpenDialog` was called with: its parent window and options. */
export const dialogCalls: { parent: unknown; options: OpenDialogOptions }[] = [];

function eventFrom(win: FakeWindow) {
  return {
    sender: win.contents,
    senderFrame: { url: win.url, parent: win.isSubframe ? {} : null },
  };
}

async function callHandler(win: FakeWindow, channel: string, args: unknown[]): Promise<unknown> {
  const handler = handlers.get(channel);
  if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
  // IPC clones arguments and answers; a value it cannot clone fails the call, as here.
  return structuredClone(await handler(eventFrom(win), ...structuredClone(args)));
}

export const fakeElectron = {
  ipcMain: {
    handle(channel: string, handler: MainHandler): void {
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
  },
  dialog: {
    showOpenDialog: vi.fn(async (...args: unknown[]): Promise<OpenDialogReturnValue> => {
      const [parent, options] = args.length === 2 ? args : [undefined, args[0]];
      dialogCalls.push({ parent, options: options as OpenDialogOptions });
      const answer = dialogAnswers.shift();
      if (answer === undefined) throw new Error('The test gave the folder dialog no answer');
      return Promise.resolve(answer);
    }),
  },
  BrowserWindow: {
    fromWebContents(contents: WebContents): { contents: WebContents } | null {
      return windows.has(contents) ? { contents } : null;
    },
  },
  webUtils: {
    getPathForFile(file: unknown): string {
      // Electron throws for anything that is not a File, and answers '' for one made in JS.
      if (!(file instanceof File)) throw new TypeError('Expected a File');
      return diskPaths.get(file) ?? '';
    },
  },
  contextBridge: {
    exposeInMainWorld(key: string, api: unknown): void {
      exposed.set(key, api);
    },
  },
  ipcRenderer: {
    invoke: vi.fn((channel: string, ...args: unknown[]): Promise<unknown> => {
      if (pageWindow === undefined) throw new Error('No window shows the page');
      return callHandler(pageWindow, channel, args);
    }),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
  },
};

/** A new window (a webContents with its own id) showing `url`, the app's page by default. */
export function openWindow(url = `${APP_ORIGIN}/index.html`, isSubframe = false): WebContents {
  const contents = { id: nextContentsId++ } as WebContents;
  windows.set(contents, { contents, url, isSubframe });
  return contents;
}

/** The window the preload's page runs in: where `ipcRenderer.invoke` comes from. */
export function showPageIn(contents: WebContents): void {
  pageWindow = windows.get(contents);
}

/**
 * What a compromised renderer could send on `channel` itself, past the preload: the main
 * process's handler, called with cloned arguments from `sender`'s window.
 */
export function sendFrom(
  sender: WebContents,
  channel: string,
  ...args: unknown[]
): Promise<unknown> {
  const win = windows.get(sender);
  if (win === undefined) throw new Error('Unknown window');
  return callHandler(win, channel, args);
}

/**
 * A File as a real drop or file input hands it to the page: backed by `path` on disk, and
 * carrying `webkitRelativePath` when it came from a picked folder ('' otherwise, as in Chromium).
 */
export function fileFromDisk(path: string, webkitRelativePath = ''): File {
  const file = new File([], basename(path));
  Object.defineProperty(file, 'webkitRelativePath', { value: webkitRelativePath });
  diskPaths.set(file, path);
  return file;
}

/** The next answer of the native folder dialog: a folder, or `null` for Cancel. */
export function answerDialogWith(folder: string | null): void {
  dialogAnswers.push(
    folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] },
  );
}

/** Forgets unused dialog answers and the calls made so far, for the next test. */
export function resetDialog(): void {
  dialogAnswers.length = 0;
  dialogCalls.length = 0;
  fakeElectron.dialog.showOpenDialog.mockClear();
}

/** What the preload exposed to the page under `key`. */
export function exposedInMainWorld(key: string): unknown {
  return exposed.get(key);
}
