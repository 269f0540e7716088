import type { AppErrorShape } from '../contract/envelope.js';

/** Presigned links run to a few kilobytes; anything far longer is not a link a person follows. */
const MAX_URL_LENGTH = 16_384;

/** Where the page's "Holdall documentation" and Help menu send a person. */
export const HOLDALL_DOCS_URL = 'https://github.com/holdall-app/holdall#readme';

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; error: AppErrorShape };

const refuse = (message: string): ExternalUrlCheck => ({
  ok: false,
  error: { code: 'InvalidInput', message },
});

/**
 * Whether a link may leave the app for the default browser: only an http or https URL with a
 * host and no user name or password in it (`https://bank.example@evil.example` reads as the
 * bank). Never file:, javascript:, data: or another app's scheme, which would run or open
 * something on this machine instead of showing a page.
 */
export function checkExternalUrl(raw: unknown): ExternalUrlCheck {
  if (typeof raw !== 'string') return refuse('A link to open must be a string');
  if (raw.length > MAX_URL_LENGTH)
    return refuse(`A link to open may be at most ${MAX_URL_LENGTH} characters long`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('The link to open is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return refuse(`Only http and https links open in the browser, not "${url.protocol}"`);
  if (url.hostname === '') return refuse('The link to open has no host');
  if (url.username !== '' || url.password !== '')
    return refuse('A link to open may not carry a user name or password');
  return { ok: true, url: url.href };
}
