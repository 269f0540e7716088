import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

/** Only our own window, showing our own origin in its main frame, may call the contract. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  trusted: ReadonlySet<WebContents>,
): boolean {
  if (!trusted.has(event.sender)) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  try {
    // Node's URL gives custom schemes the origin "null", so compare scheme and host instead.
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
