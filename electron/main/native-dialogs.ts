import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import type { LocalGrant } from '../../shared/domain/local-grant.js';
import type { GrantRegistry } from '../core/grants/grant-registry.js';
import { suggestedFileName } from './suggested-name.js';

/** The grant requests answered by a native dialog: what the user picked, never a page's path. */
export const DIALOG_GRANT_KINDS = ['openFiles', 'openFolder', 'saveFile'] as const;
export type DialogGrantKind = (typeof DIALOG_GRANT_KINDS)[number];

export function isDialogGrantKind(kind: unknown): kind is DialogGrantKind {
  return (DIALOG_GRANT_KINDS as readonly unknown[]).includes(kind);
}

function parentOf(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender);
}

async function showOpen(sender: WebContents, options: OpenDialogOptions): Promise<string[]> {
  const win = parentOf(sender);
  const picked =
    win === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(win, options);
  return picked.canceled ? [] : picked.filePaths;
}

async function showSave(sender: WebContents, options: SaveDialogOptions): Promise<string | null> {
  const win = parentOf(sender);
  const picked =
    win === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(win, options);
  return picked.canceled || picked.filePath === undefined || picked.filePath === ''
    ? null
    : picked.filePath;
}

/**
 * "Upload files…", "Upload folder…" (read grants for each item picked, or null when canceled) and
 * "Download as…" (a write grant for exactly the file named in the save dialog, or null). The page
 * may suggest a file name for the save dialog, checked to be a bare name; it never names a path.
 */
export async function dialogGrant(
  kind: DialogGrantKind,
  sender: WebContents,
  scope: string,
  grants: GrantRegistry,
  suggested: unknown,
): Promise<string[] | LocalGrant | null> {
  if (kind === 'saveFile') {
    const name = suggestedFileName(suggested);
    const path = await showSave(sender, {
      defaultPath: join(app.getPath('downloads'), name),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (path === null) return null;
    return { grant: await grants.issueWriteFile(scope, path), path };
  }
  const properties: OpenDialogOptions['properties'] =
    kind === 'openFiles' ? ['openFile', 'multiSelections'] : ['openDirectory'];
  const paths = await showOpen(sender, { properties });
  if (paths.length === 0) return null;
  const ids: string[] = [];
  for (const path of paths) ids.push(await grants.issueRead(scope, path));
  return ids;
}
