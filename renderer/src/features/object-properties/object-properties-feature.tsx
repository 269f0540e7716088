import { useMemo, useState } from 'react';
import { useBrowsing } from '../../app/browsing.js';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { propertiesMessages as m } from './messages.js';
import { ObjectPropertiesDialog } from './object-properties-dialog.js';
import type { ObjectRef } from './object-properties-dialog.js';
import { useAltEnter } from './use-alt-enter.js';

export const PROPERTIES_ACTION = 'objects.properties';

/** The one object a target names, or null when it names folders or several objects. */
function singleObject(target: ObjectActionTarget | null): ObjectRef | null {
  if (target === null) return null;
  const { keys, prefixes } = target.selection;
  const key = keys[0];
  if (keys.length !== 1 || prefixes.length !== 0 || key === undefined) return null;
  return { profileId: target.profileId, bucket: target.bucket, key };
}

/** Offers "Properties…" (menus, and so the palette; Alt+Enter) and holds its dialog. */
export function ObjectPropertiesFeature() {
  const browsing = useBrowsing();
  const [open, setOpen] = useState<ObjectRef | null>(null);
  const selected = useMemo(() => singleObject(browsing), [browsing]);

  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: PROPERTIES_ACTION,
        label: m.action,
        shortcut: 'Alt+Enter',
        commandTitle: m.command,
        keywords: ['properties', 'metadata', 'head'],
        group: 'edit',
        enabled: (target) => singleObject(target) !== null,
        run: (target) => setOpen(singleObject(target)),
      },
    ],
    [],
  );
  useRegisterObjectActions(actions);

  useAltEnter(selected === null ? undefined : () => setOpen(selected));

  return open === null ? null : (
    <ObjectPropertiesDialog target={open} onClose={() => setOpen(null)} />
  );
}
