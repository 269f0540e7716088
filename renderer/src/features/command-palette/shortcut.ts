/** Apple keyboards say ⌘ where others say Ctrl; the palette's key is bound to both anyway. */
export function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/.test(globalThis.navigator.platform);
}

/** The palette's shortcut as this keyboard labels it. */
export function paletteShortcutLabel(): string {
  return isApplePlatform() ? '⌘K' : 'Ctrl+K';
}

/** Ctrl+K or Cmd+K, with no other modifier. */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'k'
  );
}
