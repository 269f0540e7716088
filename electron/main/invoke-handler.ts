import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { Envelope } from '../../shared/contract/envelope.js';
import { isTrustedSender } from './trusted-sender.js';
import { windowScope } from './window-scope.js';

export type InvokeHandler = (
  event: IpcMainInvokeEvent,
  channel: unknown,
  input: unknown,
) => Promise<Envelope<unknown>>;

/**
 * What `ipcMain.handle(INVOKE_CHANNEL, …)` runs: only our own window may call, the channel must
 * be a name, and everything else is the dispatcher's to check, as in the browser host.
 */
export function createInvokeHandler(
  dispatch: Dispatch,
  trusted: ReadonlySet<WebContents>,
): InvokeHandler {
  return async (event, channel, input) => {
    if (!isTrustedSender(event, trusted)) {
      return { ok: false, error: { code: 'AccessDenied', message: 'Untrusted sender' } };
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'UnknownChannel', message: 'Channel must be a string' } };
    }
    // Grants are per window: one window cannot use what another was given.
    return dispatch(channel, input, {
      signal: new AbortController().signal,
      scope: windowScope(event.sender),
    });
  };
}
