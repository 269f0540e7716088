import { useMemo, useState } from 'react';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { TAG_SELECTION_MAX_KEYS } from '../../../../shared/domain/tag-selection.js';
import { tagSelectionMessages as m } from './selection-messages.js';
import { TagSelectionDialog } from './tag-selection-dialog.js';
import type { TagSelectionTarget } from './tag-selection-dialog.js';

export const EDIT_TAGS_ACTION = 'objects.editTags';

/** Objects only: a folder's tags would be those of every object under it, which this is not. */
function selectedObjects(target: ObjectActionTarget): TagSelectionTarget | null {
  const { keys, prefixes } = target.selection;
  if (keys.length === 0 || prefixes.length > 0 || keys.length > TAG_SELECTION_MAX_KEYS) {
    return null;
  }
  return { profileId: target.profileId, bucket: target.bucket, keys };
}

/** Offers "Edit tags…" for the selected objects (menus and palette) and holds its dialog. */
export function TagSelectionFeature() {
  const [open, setOpen] = useState<TagSelectionTarget | null>(null);
  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: EDIT_TAGS_ACTION,
        label: m.action,
        commandTitle: m.command,
        keywords: ['tags', 'tagging', 'label'],
        group: 'edit',
        enabled: (target) => selectedObjects(target) !== null,
        run: (target) => setOpen(selectedObjects(target)),
      },
    ],
    [],
  );
  useRegisterObjectActions(actions);
  return open === null ? null : <TagSelectionDialog target={open} onClose={() => setOpen(null)} />;
}
