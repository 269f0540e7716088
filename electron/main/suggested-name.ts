const FALLBACK = 'download';
const MAX_NAME = 255;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE = /[/\\\u0000-\u001f<>:"|?*]/g;

/**
 * The name a save dialog starts with, from what the page suggested (the object's last key
 * segment). Only a bare file name gets through: separators, control characters and names that
 * are nothing but dots become '_' or the fallback, so the page cannot steer the dialog's folder.
 */
export function suggestedFileName(suggested: unknown): string {
  if (typeof suggested !== 'string') return FALLBACK;
  const name = suggested.replace(UNSAFE, '_').trim().slice(0, MAX_NAME);
  return name === '' || /^\.+$/.test(name) ? FALLBACK : name;
}
