import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender.js';

const ours = {} as WebContents;
const stranger = {} as WebContents;
const trusted = new Set([ours]);

function eventFrom(sender: WebContents, url: string, isSubframe = false): IpcMainInvokeEvent {
  return {
    sender,
    senderFrame: { url, parent: isSubframe ? {} : null },
  } as unknown as IpcMainInvokeEvent;
}

describe('isTrustedSender', () => {
  it('accepts the main frame of our window at the app origin', () => {
    expect(isTrustedSender(eventFrom(ours, 'holdall://app/index.html'), trusted)).toBe(true);
  });

  it.each([
    ['another webContents', eventFrom(stranger, 'holdall://app/index.html')],
    ['a page that navigated away', eventFrom(ours, 'https://evil.example/')],
    ['a file URL', eventFrom(ours, 'file:///tmp/index.html')],
    ['a lookalike host', eventFrom(ours, 'holdall://app.evil/index.html')],
    ['a subframe', eventFrom(ours, 'holdall://app/index.html', true)],
  ])('refuses %s', (_label, event) => {
    expect(isTrustedSender(event, trusted)).toBe(false);
  });
});
