import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from 'electron';
import type { BrowserWindow } from 'electron';
import { parseWindowState, placeWindow } from './window-bounds.js';
import type { WindowState } from './window-bounds.js';

const STATE_FILE = 'window-state.json';
/** A drag or resize sends many events; the file is written once it settles. */
const SAVE_DELAY_MS = 400;

/** Where the window opens: last run's place, kept on a display that is still there. */
export function restoredWindowState(dataDir: string): WindowState {
  let saved: WindowState | null = null;
  try {
    saved = parseWindowState(readFileSync(join(dataDir, STATE_FILE), 'utf8'));
  } catch {
    // No file yet (first run) or an unreadable one: the defaults, as for a corrupt file.
  }
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const workAreas = [primary, ...others].map((display) => display.workArea);
  return {
    bounds: placeWindow(saved?.bounds ?? null, workAreas),
    maximized: saved?.maximized ?? false,
  };
}

/** Saves the window's place and maximized state after it moves or resizes, and as it closes. */
export function rememberWindowState(win: BrowserWindow, dataDir: string): void {
  const path = join(dataDir, STATE_FILE);
  const partial = `${path}.${process.pid}.partial`;
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    // The size it returns to when unmaximized, so a maximized window is not saved as its screen.
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      mkdirSync(dataDir, { recursive: true });
      // Written aside and renamed: a crash mid-write leaves the last whole file.
      writeFileSync(partial, JSON.stringify(state));
      renameSync(partial, path);
    } catch (err) {
      console.error(`The window's place was not saved: ${String(err)}`);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    // A pending save never holds the app open; closing saves at once anyway.
    timer = setTimeout(save, SAVE_DELAY_MS).unref();
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
}
