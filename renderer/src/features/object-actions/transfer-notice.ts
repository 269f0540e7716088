import { showNotice } from '../../ui/notices.js';
import type { PlannedItem } from './destinations.js';
import { actionMessages as m } from './messages.js';

export interface FinishedTransfer {
  mode: 'copy' | 'move';
  bucket: string;
  /** The destination folder's prefix; "" is the top of the bucket. */
  folder: string;
  /** What was sent: objects skipped because they existed are not among them. */
  items: readonly PlannedItem[];
  skipped: number;
}

/** What a finished copy or move did and where to, in a sentence or two. */
export function transferNoticeText({ mode, bucket, folder, items, skipped }: FinishedTransfer) {
  const objects = items.filter((item) => item.kind === 'object').length;
  const folders = items.length - objects;
  if (objects + folders === 0) return m.skippedSummary(skipped);
  const done = (mode === 'move' ? m.movedTo : m.copiedTo)(
    objects,
    folders,
    m.placeName(bucket, folder),
  );
  return skipped > 0 ? m.doneAndSkipped(done, skipped) : done;
}

/**
 * Confirms a copy or move that went through in full, with the window's notices (the dialog
 * closes at once, so success would otherwise pass unseen); "Show" opens the destination.
 */
export function confirmTransfer(finished: FinishedTransfer, show: () => void): void {
  showNotice({
    text: transferNoticeText(finished),
    tone: 'success',
    action: { label: m.showPlace, run: show },
  });
}
