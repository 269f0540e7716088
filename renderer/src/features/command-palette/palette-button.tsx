import { CommandIcon } from '../../ui/icons.js';
import { paletteMessages as m } from './messages.js';
import { openPalette } from './palette-store.js';
import { paletteShortcutLabel } from './shortcut.js';

/** The palette's visible way in, naming its shortcut. */
export function PaletteButton() {
  const shortcut = paletteShortcutLabel();
  return (
    <button
      type="button"
      className="button button-small palette-button"
      title={m.buttonTitle(shortcut)}
      aria-keyshortcuts="Control+K Meta+K"
      onClick={openPalette}
    >
      <CommandIcon />
      <span>{m.button}</span>
      <kbd className="palette-shortcut">{shortcut}</kbd>
    </button>
  );
}
