import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { OpenDialogOptions, WebContents } from 'electron';
import { GRANT_CHANNEL } from '../../shared/contract/channel-names.js';
import { AppError } from '../../shared/contract/envelope.js';
import type { Envelope } from '../../shared/contract/envelope.js';
import { folderGrantUses, folderPurposeSchema } from '../../shared/domain/local-grant.js';
import type { FolderPurpose, PickedFolder } from '../../shared/domain/local-grant.js';
import type { GrantRegistry } from '../core/grants/grant-registry.js';
import { chosenRoots } from './dropped-roots.js';
import { dialogGrant, isDialogGrantKind } from './native-dialogs.js';
import { isTrustedSender } from './trusted-sender.js';
import { windowScope } from './window-scope.js';

/** A main-only request's answer as an envelope: errors as values, as over the contract. */
export async function answer<T>(work: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return {
      ok: false,
      error:
        err instanceof AppError
          ? err.toShape()
          : { code: 'InvalidInput', message: err instanceof Error ? err.message : String(err) },
    };
  }
}

/**
 * What the page says a picked folder is for; without a word it is a download's destination, so
 * an older caller still gets only the write grant it always had.
 */
function purposeOf(said: unknown): FolderPurpose {
  if (said === undefined) return 'write';
  const parsed = folderPurposeSchema.safeParse(said);
  if (!parsed.success)
    throw new AppError('InvalidInput', 'A folder is picked for "read", "write" or "sync".');
  return parsed.data;
}

/**
 * The only ways local paths enter: files the user dropped or picked (their paths read by
 * the preload with webUtils.getPathForFile) and the native dialogs (see native-dialogs.ts). The window gets
 * grant ids back, never a path it could have made up.
 */
export function registerLocalGrants(
  grants: GrantRegistry,
  trusted: ReadonlySet<WebContents>,
): void {
  ipcMain.handle(GRANT_CHANNEL, async (event, kind: unknown, chosen: unknown) => {
    if (!isTrustedSender(event, trusted))
      return { ok: false, error: { code: 'AccessDenied', message: 'Untrusted sender' } };
    const scope = windowScope(event.sender);
    if (kind === 'files')
      return answer(async () => {
        const ids: string[] = [];
        for (const root of chosenRoots(chosen)) ids.push(await grants.issueRead(scope, root));
        return ids;
      });
    if (kind === 'pickFolder')
      return answer(async (): Promise<PickedFolder | null> => {
        const uses = folderGrantUses(purposeOf(chosen));
        const win = BrowserWindow.fromWebContents(event.sender);
        const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
        const picked =
          win === null
            ? await dialog.showOpenDialog(options)
            : await dialog.showOpenDialog(win, options);
        const [path] = picked.filePaths;
        if (picked.canceled || path === undefined) return null;
        // Issued one by one, so a refusal (the data folder) leaves no grant in the answer.
        const ids: string[] = [];
        for (const use of uses)
          ids.push(
            await (use === 'readTree'
              ? grants.issueRead(scope, path)
              : grants.issueWrite(scope, path)),
          );
        const [grant = '', readGrant] = ids;
        return readGrant === undefined ? { grant, path } : { grant, path, readGrant };
      });
    if (isDialogGrantKind(kind))
      return answer(() => dialogGrant(kind, event.sender, scope, grants, chosen));
    return { ok: false, error: { code: 'UnknownChannel', message: 'No such grant request' } };
  });
}
