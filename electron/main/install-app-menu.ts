import { app, BrowserWindow, Menu } from 'electron';
import type { BaseWindow, WebContents } from 'electron';
import { EVENT_CHANNEL } from '../../shared/contract/channel-names.js';
import type { EventPayload } from '../../shared/contract/events.js';
import { HOLDALL_DOCS_URL } from '../../shared/domain/external-url.js';
import { buildMenuTemplate } from './app-menu.js';
import { openExternalUrl } from './open-external.js';

function contentsOf(window: BaseWindow | undefined): WebContents | undefined {
  if (window !== undefined && 'webContents' in window) return (window as BrowserWindow).webContents;
  return BrowserWindow.getFocusedWindow()?.webContents;
}

/** The application menu; a command goes to the window it was picked in, if it is ours. */
export function installAppMenu(trusted: ReadonlySet<WebContents>): void {
  const template = buildMenuTemplate(
    { platform: process.platform, appName: app.name, developer: !app.isPackaged },
    {
      runCommand: (commandId, window) => {
        const contents = contentsOf(window);
        if (contents === undefined || !trusted.has(contents) || contents.isDestroyed()) return;
        const payload: EventPayload<'menu.command'> = { commandId };
        contents.send(EVENT_CHANNEL, { event: 'menu.command', payload });
      },
      openDocs: () => {
        void openExternalUrl(HOLDALL_DOCS_URL).then((opened) => {
          if (!opened.ok) console.error(`Holdall documentation: ${opened.error.message}`);
        });
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
