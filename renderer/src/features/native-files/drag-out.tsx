import { useEffect, useRef } from 'react';
import type { ObjectActionTarget } from '../../app/object-actions.js';
import { useBrowsing } from '../../app/browsing.js';
import { errorMessage } from '../../contract/contract-error.js';
import { showNotice } from '../../ui/notices.js';
import { fileRowKey } from '../preview/space-target.js';
import { nativeFileMessages as m } from './messages.js';

/** Whether this host can drag objects out to the desktop (Electron); rows are draggable then. */
export function canDragOut(): boolean {
  return window.holdall?.dragOut !== undefined;
}

/**
 * The files a drag from this row takes: the selected files when the row is one of them (folders
 * are left out), else the row's file alone.
 */
export function draggedKeys(
  key: string,
  target: ObjectActionTarget,
): { keys: string[]; foldersLeftOut: boolean } {
  const { keys, prefixes } = target.selection;
  if (!keys.includes(key)) return { keys: [key], foldersLeftOut: false };
  return { keys: [...keys], foldersLeftOut: prefixes.length > 0 };
}

/**
 * Dragging file rows out of the list onto the desktop or a file manager (Electron only). The
 * drag must start from the page's dragstart: the page stops its own drag and asks the host,
 * which downloads the files (progress in the transfers panel) and starts the system drag.
 */
export function DragOutFeature() {
  const browsing = useBrowsing();
  const latest = useRef(browsing);
  useEffect(() => {
    latest.current = browsing;
  });
  useEffect(() => {
    const dragOut = window.holdall?.dragOut;
    if (dragOut === undefined) return;
    const onDragStart = (event: DragEvent) => {
      const target = latest.current;
      const row = event.target instanceof Element ? event.target.closest('[role="row"]') : null;
      const key = target === null ? null : fileRowKey(row, target);
      if (target === null || key === null) return;
      event.preventDefault();
      const { keys, foldersLeftOut } = draggedKeys(key, target);
      if (foldersLeftOut) showNotice({ text: m.dragOutFolders, tone: 'error' });
      dragOut({ profileId: target.profileId, bucket: target.bucket, keys })
        .then((answer) => {
          if (!answer.ok)
            showNotice({ text: m.dragOutFailed(answer.error.message), tone: 'error' });
        })
        .catch((err: unknown) =>
          showNotice({ text: m.dragOutFailed(errorMessage(err)), tone: 'error' }),
        );
    };
    document.addEventListener('dragstart', onDragStart);
    return () => document.removeEventListener('dragstart', onDragStart);
  }, []);
  return null;
}
