import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { Envelope } from '../../shared/contract/envelope.js';
import { isTrustedSender } from './trusted-sender.js';
import { isCallId } from './window-calls.js';
import type { WindowCalls } from './window-calls.js';
import { windowScope } from './window-scope.js';

export type InvokeHandler = (
  event: IpcMainInvokeEvent,
  channel: unknown,
  input: unknown,
  callId?: unknown,
) => Promise<Envelope<unknown>>;

/**
 * What `ipcMain.handle(INVOKE_CHANNEL, …)` runs: only our own window may call, the channel must
 * be a name, and everything else is the dispatcher's to check, as in the browser host. Each
 * call's work is aborted when its window closes, reloads or crashes (see WindowCalls).
 */
export function createInvokeHandler(
  dispatch: Dispatch,
  trusted: ReadonlySet<WebContents>,
  calls: WindowCalls,
): InvokeHandler {
  return async (event, channel, input, callId) => {
    if (!isTrustedSender(event, trusted)) {
      return { ok: false, error: { code: 'AccessDenied', message: 'Untrusted sender' } };
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'UnknownChannel', message: 'Channel must be a string' } };
    }
    if (callId !== undefined && !isCallId(callId)) {
      return {
        ok: false,
        error: { code: 'InvalidInput', message: 'callId: must be up to 64 letters, digits or -' },
      };
    }
    const call = calls.begin(event.sender, callId);
    try {
      // Grants are per window: one window cannot use what another was given.
      return await dispatch(channel, input, {
        signal: call.signal,
        scope: windowScope(event.sender),
      });
    } finally {
      call.done();
    }
  };
}

/**
 * What `ipcMain.on(CANCEL_CHANNEL, …)` runs: our window stops one of its own calls by the id
 * it gave it. Anything else is ignored: there is nobody to answer on this channel.
 */
export function createCancelListener(
  trusted: ReadonlySet<WebContents>,
  calls: WindowCalls,
): (event: Pick<IpcMainEvent, 'sender' | 'senderFrame'>, callId: unknown) => void {
  return (event, callId) => {
    if (isTrustedSender(event, trusted) && isCallId(callId))
      calls.cancel(event.sender, callId, 'The page stopped waiting');
  };
}
