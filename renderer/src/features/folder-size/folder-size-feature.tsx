import { useCallback, useMemo, useState } from 'react';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction } from '../../app/object-actions.js';
import { versionsShownIn } from '../versions/versions-shown.js';
import { FolderSizeDialog } from './folder-size-dialog.js';
import { folderSizeMessages as m } from './messages.js';
import { sizePlaceOf } from './size-place.js';
import type { SizePlace } from './size-place.js';
import { useCalculateSize } from './use-folder-size.js';

export const CALCULATE_SIZE_ACTION = 'objects.calculateSize';

interface Open {
  place: SizePlace;
  versions: boolean;
  taskId: string | null;
}

/**
 * Offers "Calculate size" on the selection, a folder or the bucket (menus and palette): it starts
 * a size task at once and shows it, then its result, in a dialog.
 */
export function FolderSizeFeature() {
  const [open, setOpen] = useState<Open | null>(null);
  const calculate = useCalculateSize();
  const { mutate, reset } = calculate;

  const start = useCallback(
    (place: SizePlace, versions: boolean) => {
      setOpen({ place, versions, taskId: null });
      mutate(
        { ...place, versions },
        {
          onSuccess: (task) =>
            setOpen((now) => (now?.place === place ? { ...now, taskId: task.id } : now)),
        },
      );
    },
    [mutate],
  );

  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: CALCULATE_SIZE_ACTION,
        label: m.action,
        commandTitle: m.command,
        keywords: ['size', 'du', 'bytes', 'count'],
        // Beside Properties…: it tells about what is selected, as Properties does.
        group: 'edit',
        enabled: () => true,
        // Noncurrent versions are counted by default when the object list shows versions.
        run: (target) => start(sizePlaceOf(target), versionsShownIn(target.bucket)),
      },
    ],
    [start],
  );
  useRegisterObjectActions(actions);

  if (open === null) return null;
  return (
    <FolderSizeDialog
      place={open.place}
      versions={open.versions}
      taskId={open.taskId}
      startError={calculate.error}
      onVersions={(versions) => setOpen({ ...open, versions })}
      onRecalculate={() => start(open.place, open.versions)}
      onClose={() => {
        reset();
        setOpen(null);
      }}
    />
  );
}
