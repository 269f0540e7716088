import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where downloads go unless the user picks another folder: the usual
 * Downloads folder when this account has one, else the home folder, which
 * always exists. Localised folder names (XDG user dirs) are not read: a wrong
 * guess would be worse than the home folder, and the dialog lets people type.
 */
export async function defaultDownloadDir(home: string = homedir()): Promise<string> {
  const downloads = join(home, 'Downloads');
  const info = await stat(downloads).catch(() => undefined);
  return info?.isDirectory() === true ? downloads : home;
}
