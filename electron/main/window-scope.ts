import type { WebContents } from 'electron';

/** Each window holds its own grants; they go when it closes. */
export function windowScope(contents: WebContents): string {
  return `window-${contents.id}`;
}
