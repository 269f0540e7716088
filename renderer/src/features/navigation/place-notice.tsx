import { navigationMessages as m } from './messages.js';
import type { PlaceNotice } from './navigation-context.js';

function describe(notice: PlaceNotice): string {
  const { missing } = notice;
  switch (missing.kind) {
    case 'connection':
      return m.connectionGone;
    case 'bucket':
      return m.bucketGone(missing.bucket);
    case 'folder':
      return m.folderGone(missing.folder, missing.shown);
  }
}

interface PlaceNoticeBarProps {
  notice: PlaceNotice | null;
  onDismiss: () => void;
}

/**
 * Says that a link led to something gone and where it landed instead. The live region is
 * there from the start, so screen readers announce the text when it appears.
 */
export function PlaceNoticeBar({ notice, onDismiss }: PlaceNoticeBarProps) {
  return (
    <div role="status" className={notice === null ? undefined : 'place-notice'}>
      {notice !== null && (
        <>
          <p>{describe(notice)}</p>
          <button type="button" className="button button-small" onClick={onDismiss}>
            {m.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
