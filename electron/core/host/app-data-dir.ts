import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder Electron's app.getPath('userData') would give, so both hosts share connections. */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HOLDALL_DATA_DIR !== undefined && env.HOLDALL_DATA_DIR !== '')
    return env.HOLDALL_DATA_DIR;
  if (process.platform === 'win32') return join(env.APPDATA ?? homedir(), 'holdall');
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'holdall');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'holdall');
}
