import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { MediaRef } from '../../../../shared/domain/media-url.js';
import { previewTypeOf } from '../../../../shared/domain/preview-type.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { objectKeys } from '../../contract/query-keys.js';
import { currentLocale } from '../../i18n/localized.js';
import { formatSize } from '../../lib/format-size.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { nameCollator, useNameOrder } from '../objects/name-order.js';
import { compactObjectsQuery } from '../objects/objects-query.js';
import { openMessages } from '../open-download/messages.js';
import { DownloadDialog } from '../transfers/download-dialog.js';
import { previewMessages as m } from './messages.js';
import { PreviewBody } from './preview-body.js';
import { PreviewLoading, PreviewProblem } from './preview-states.js';
import { filesOfPages, siblingsOf } from './siblings.js';
import './preview.css';

interface PreviewDialogProps {
  object: MediaRef;
  /** The folder listed, for stepping to the previous and next file. */
  folder: string;
  onOpen: (key: string) => void;
  onClose: () => void;
}

/** Whether a key belongs to what has focus: a player's own seeking, a button's own Space. */
function ownsKey(target: EventTarget, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, select, textarea, audio, video') !== null) return true;
  return key === ' ' && target.closest('button, a') !== null;
}

/** A large preview of one file, like Quick Look: Space or Escape closes, ← → step through the folder. */
export function PreviewDialog({ object, folder, onOpen, onClose }: PreviewDialogProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const { profileId, bucket, key } = object;
  const name = key.slice(key.lastIndexOf('/') + 1) || key;
  const closeButton = useRef<HTMLButtonElement>(null);
  const [downloading, setDownloading] = useState(false);
  const head = useQuery({
    queryKey: [...objectKeys.bucket(profileId, bucket), 'preview-head', key],
    queryFn: () => client.invoke('objects.head', { profileId, bucket, key }),
    // Each look is fresh: the object may have changed or gone since the last one.
    staleTime: 0,
    gcTime: 0,
  });
  // The files the list has loaded, without listing again.
  const listing = queryClient.getQueryData(
    compactObjectsQuery(client, profileId, bucket, folder).queryKey,
  );
  const files = useMemo(() => filesOfPages(listing?.pages ?? [], folder), [listing, folder]);
  // Previous and Next step in the order the list shows names.
  const collator = nameCollator(useNameOrder(), currentLocale());
  const { previous, next, position } = useMemo(
    () => siblingsOf(files, key, collator),
    [files, key, collator],
  );

  useEffect(() => closeButton.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key)) return;
    const step =
      event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? next : undefined;
    if (event.key === ' ') {
      event.preventDefault();
      onClose();
    } else if (step != null) {
      event.preventDefault();
      onOpen(step);
    }
  };

  let body;
  if (head.isPending) body = <PreviewLoading />;
  else if (head.isError) {
    body = (
      <PreviewProblem
        message={m.loadError}
        detail={errorMessage(head.error)}
        onRetry={() => void head.refetch()}
      />
    );
  } else {
    const type = previewTypeOf(key, head.data.contentType);
    body = <PreviewBody key={key} object={object} name={name} type={type} />;
  }

  return (
    <ModalDialog title={name} onClose={onClose} className="pv-dialog">
      {/* Keys bubble here from anything inside the dialog. */}
      <div className="pv-frame" onKeyDown={onKeyDown} data-testid="preview">
        <div className="pv-bar">
          <dl className="pv-details" aria-label={m.details}>
            <dt>{m.size}</dt>
            <dd data-testid="preview-size">{head.data ? formatSize(head.data.size) : '…'}</dd>
            <dt>{m.type}</dt>
            <dd data-testid="preview-type">
              {head.data ? (head.data.contentType ?? m.unknownType) : '…'}
            </dd>
          </dl>
          <div className="pv-nav">
            <button
              type="button"
              className="button button-small"
              onClick={() => previous !== null && onOpen(previous)}
              disabled={previous === null}
              aria-label={m.previous}
              title={`${m.previous} (←)`}
            >
              ‹
            </button>
            {position !== -1 && (
              <span className="pv-position">{m.position(position + 1, files.length)}</span>
            )}
            <button
              type="button"
              className="button button-small"
              onClick={() => next !== null && onOpen(next)}
              disabled={next === null}
              aria-label={m.next}
              title={`${m.next} (→)`}
            >
              ›
            </button>
            <button
              type="button"
              className="button button-small"
              aria-haspopup="dialog"
              onClick={() => setDownloading(true)}
            >
              {openMessages.previewDownload}
            </button>
            <button
              type="button"
              ref={closeButton}
              onClick={onClose}
              className="button button-small pv-close"
            >
              {m.close}
            </button>
          </div>
        </div>
        <div className="pv-body">{body}</div>
      </div>
      {downloading && (
        <DownloadDialog
          selection={{ profileId, bucket, keys: [key], prefixes: [] }}
          onClose={() => setDownloading(false)}
        />
      )}
    </ModalDialog>
  );
}
