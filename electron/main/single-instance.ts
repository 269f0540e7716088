import { resolve } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../../shared/contract/channel-names.js';
import type { EventPayload } from '../../shared/contract/events.js';
import { encodeLocation } from '../../shared/domain/place-link.js';
import type { Place } from '../../shared/domain/place-link.js';
import { APP_SCHEME } from './app-origin.js';
import { handedFromArgv, handedLink } from './desktop-link.js';
import type { HandedLink } from './desktop-link.js';

/** What a second launch hands the first (Electron passes it beside argv, unreordered). */
interface LaunchData {
  link?: unknown;
}

export interface DesktopLinks {
  /**
   * What follows `index.html` in the first window's address: `#<place>` the app was started
   * with, `?connect=<link>` for a connection link, or ''.
   */
  takeStartAddress(): string;
  /** From now on links go to the open window, focused; with none open, `openWindow` makes one. */
  serve(openWindow: (address: string) => void): void;
}

/** The page address suffix that opens a window on what a link handed. */
function addressOf(handed: HandedLink | null): string {
  if (handed === null) return '';
  if (handed.kind === 'connect') return `?connect=${encodeURIComponent(handed.link)}`;
  const hash = encodeLocation(handed.place);
  return hash === '' ? '' : `#${hash}`;
}

/** Brings a window to the front, out of the taskbar or dock if it was minimized. */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function showPlace(win: BrowserWindow, place: Place): void {
  const payload: EventPayload<'desktop.openPlace'> = place;
  win.webContents.send(EVENT_CHANNEL, { event: 'desktop.openPlace', payload });
}

function showConnectForm(win: BrowserWindow, link: string): void {
  const payload: EventPayload<'desktop.openConnectLink'> = { link };
  win.webContents.send(EVENT_CHANNEL, { event: 'desktop.openConnectLink', payload });
}

/**
 * One app per user: a second launch hands its `holdall://open/#…` or `holdall://connect?…` link
 * to the first and quits.
 * Null when this process is that second launch (it is quitting and must start nothing).
 */
export function claimSingleInstance(): DesktopLinks | null {
  const ownLink = process.argv.findLast((arg) => handedLink(arg) !== null);
  const launchData: LaunchData = ownLink === undefined ? {} : { link: ownLink };
  if (!app.requestSingleInstanceLock(launchData)) {
    app.quit();
    return null;
  }
  // Run from source (`electron .`), the OS must start Electron with the app's folder.
  if (process.defaultApp === true && process.argv[1] !== undefined)
    app.setAsDefaultProtocolClient(APP_SCHEME, process.execPath, [resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient(APP_SCHEME);

  let pending: HandedLink | null = handedLink(ownLink);
  let openWindow: ((address: string) => void) | undefined;

  const deliver = (handed: HandedLink | null): void => {
    if (openWindow === undefined) {
      pending = handed ?? pending;
      return;
    }
    const [win] = BrowserWindow.getAllWindows();
    if (win === undefined) {
      openWindow(addressOf(handed));
      return;
    }
    focusWindow(win);
    if (handed?.kind === 'place') showPlace(win, handed.place);
    if (handed?.kind === 'connect') showConnectForm(win, handed.link);
  };

  app.on('second-instance', (_event, argv: unknown, _cwd: unknown, data: unknown) => {
    const handed = handedLink((data as LaunchData | null)?.link);
    deliver(handed ?? (Array.isArray(argv) ? handedFromArgv(argv) : null));
  });
  // macOS hands links to the running app (or the one starting) as an event, not in argv.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const handed = handedLink(url);
    if (handed !== null) deliver(handed);
  });

  return {
    takeStartAddress: () => {
      const address = addressOf(pending);
      pending = null;
      return address;
    },
    serve: (open) => {
      openWindow = open;
    },
  };
}
