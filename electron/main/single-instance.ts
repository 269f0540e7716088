import { resolve } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../../shared/contract/channel-names.js';
import type { EventPayload } from '../../shared/contract/events.js';
import { encodeLocation } from '../../shared/domain/place-link.js';
import type { Place } from '../../shared/domain/place-link.js';
import { APP_SCHEME } from './app-origin.js';
import { placeFromArgv, placeFromLink } from './desktop-link.js';

/** What a second launch hands the first (Electron passes it beside argv, unreordered). */
interface LaunchData {
  link?: unknown;
}

export interface DesktopLinks {
  /** The address fragment the first window opens at: the place the app was started with, or ''. */
  takeStartHash(): string;
  /** From now on links go to the open window, focused; with none open, `openWindow` makes one. */
  serve(openWindow: (hash: string) => void): void;
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

/**
 * One app per user: a second launch hands its `holdall://open/#…` link to the first and quits.
 * Null when this process is that second launch (it is quitting and must start nothing).
 */
export function claimSingleInstance(): DesktopLinks | null {
  const ownLink = process.argv.findLast((arg) => placeFromLink(arg) !== null);
  const launchData: LaunchData = ownLink === undefined ? {} : { link: ownLink };
  if (!app.requestSingleInstanceLock(launchData)) {
    app.quit();
    return null;
  }
  // Run from source (`electron .`), the OS must start Electron with the app's folder.
  if (process.defaultApp === true && process.argv[1] !== undefined)
    app.setAsDefaultProtocolClient(APP_SCHEME, process.execPath, [resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient(APP_SCHEME);

  let pending: Place | null = placeFromLink(ownLink);
  let openWindow: ((hash: string) => void) | undefined;

  const deliver = (place: Place | null): void => {
    if (openWindow === undefined) {
      pending = place ?? pending;
      return;
    }
    const [win] = BrowserWindow.getAllWindows();
    if (win === undefined) {
      openWindow(place === null ? '' : encodeLocation(place));
      return;
    }
    focusWindow(win);
    if (place !== null) showPlace(win, place);
  };

  app.on('second-instance', (_event, argv: unknown, _cwd: unknown, data: unknown) => {
    const handed = placeFromLink((data as LaunchData | null)?.link);
    deliver(handed ?? (Array.isArray(argv) ? placeFromArgv(argv) : null));
  });
  // macOS hands links to the running app (or the one starting) as an event, not in argv.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const place = placeFromLink(url);
    if (place !== null) deliver(place);
  });

  return {
    takeStartHash: () => {
      const hash = pending === null ? '' : encodeLocation(pending);
      pending = null;
      return hash;
    },
    serve: (open) => {
      openWindow = open;
    },
  };
}
