import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { MediaRef } from '../../../../shared/domain/media-url.js';
import { useBrowsing } from '../../app/browsing.js';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { previewMessages as m } from './messages.js';
import { spaceTarget } from './space-target.js';

// The dialog, CodeMirror and its languages load on first use: the object list never waits.
const PreviewDialog = lazy(() =>
  import('./preview-dialog.js').then((module) => ({ default: module.PreviewDialog })),
);

/** The id of "Preview" among the object actions, for features that open a preview. */
export const PREVIEW_ACTION = 'preview.open';

interface OpenPreview {
  object: MediaRef;
  folder: string;
}

/** The one object a target previews: exactly one file selected, no folder. */
function singleFile(target: ObjectActionTarget): string | null {
  const { keys, prefixes } = target.selection;
  return keys.length === 1 && prefixes.length === 0 ? (keys[0] ?? null) : null;
}

function openFor(target: ObjectActionTarget, key: string): OpenPreview {
  return {
    object: { profileId: target.profileId, bucket: target.bucket, key },
    folder: target.prefix,
  };
}

/**
 * Quick Look for objects: "Preview" in the object menus and the palette, and Space on a
 * focused file row, open a large preview; Space or Escape closes it.
 */
export function ObjectPreview() {
  const browsing = useBrowsing();
  const [open, setOpen] = useState<OpenPreview | null>(null);

  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: PREVIEW_ACTION,
        label: m.action,
        shortcut: 'Space',
        commandTitle: m.commandTitle,
        keywords: m.commandKeywords.split(' '),
        group: 'open',
        enabled: (target) => singleFile(target) !== null,
        run: (target) => {
          const key = singleFile(target);
          if (key !== null) setOpen(openFor(target, key));
        },
      },
    ],
    [],
  );
  useRegisterObjectActions(actions);

  useEffect(() => {
    if (browsing === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const key = spaceTarget(event, browsing);
      if (key === null) return;
      event.preventDefault();
      setOpen(openFor(browsing, key));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [browsing]);

  // Another connection or bucket: what was open belongs to the old one.
  const where = browsing === null ? null : `${browsing.profileId}/${browsing.bucket}`;
  useEffect(() => setOpen(null), [where]);

  if (open === null) return null;
  return (
    <Suspense fallback={null}>
      <PreviewDialog
        object={open.object}
        folder={open.folder}
        onOpen={(key) => setOpen({ ...open, object: { ...open.object, key } })}
        onClose={() => setOpen(null)}
      />
    </Suspense>
  );
}
