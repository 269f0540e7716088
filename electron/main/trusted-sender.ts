import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol.js';

/** Only our own window, showing our own origin in its main frame, may call the contract. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  trusted: ReadonlySet<WebContents>,
): boolean {
  if (!trusted.has(event.sender)) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
