import { ipcMain, shell } from 'electron';
import type { WebContents } from 'electron';
import { OPEN_EXTERNAL_CHANNEL } from '../../shared/contract/channel-names.js';
import type { Envelope } from '../../shared/contract/envelope.js';
import { checkExternalUrl } from '../../shared/domain/external-url.js';
import { isTrustedSender } from './trusted-sender.js';

/** Opens an http(s) link in the default browser; anything else is refused with the reason. */
export async function openExternalUrl(raw: unknown): Promise<Envelope<null>> {
  const checked = checkExternalUrl(raw);
  if (!checked.ok) return checked;
  try {
    await shell.openExternal(checked.url);
    return { ok: true, value: null };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      error: { code: 'Internal', message: `The browser did not open: ${reason}` },
    };
  }
}

/** Share links and the docs leave the app through here, never through a window of its own. */
export function registerOpenExternal(trusted: ReadonlySet<WebContents>): void {
  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, (event, url: unknown) =>
    isTrustedSender(event, trusted)
      ? openExternalUrl(url)
      : { ok: false, error: { code: 'AccessDenied', message: 'Untrusted sender' } },
  );
}
