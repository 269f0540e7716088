import { ipcMain, nativeImage } from 'electron';
import type { WebContents } from 'electron';
import { DRAG_OUT_CHANNEL } from '../../shared/contract/channel-names.js';
import { downloadForDrag } from './drag-out.js';
import type { DragOutDeps } from './drag-out.js';
import { answer } from './local-grants.js';
import { isTrustedSender } from './trusted-sender.js';

/** A plain document, 16×16: startDrag needs an icon on every platform (macOS crashes without). */
const DRAG_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAKklEQVR4nGP48OErAyUYzggIiPpPCsZqwIcPX4nCowaMGjDcDaAoM5GLAUr0I3ZvQP+LAAAAAElFTkSuQmCC';

/**
 * Drag out: the page asks from its dragstart with the objects' references; main downloads them
 * (see drag-out.ts) and starts the system drag from the window that asked, with those files.
 */
export function registerDragOut(deps: DragOutDeps, trusted: ReadonlySet<WebContents>): void {
  ipcMain.handle(DRAG_OUT_CHANNEL, async (event, request: unknown) => {
    if (!isTrustedSender(event, trusted))
      return { ok: false, error: { code: 'AccessDenied', message: 'Untrusted sender' } };
    return answer(async () => {
      const files = await downloadForDrag(deps, request);
      const [file] = files;
      if (file === undefined || event.sender.isDestroyed()) return { dragged: 0 };
      event.sender.startDrag({ file, files, icon: nativeImage.createFromDataURL(DRAG_ICON) });
      return { dragged: files.length };
    });
  });
}
