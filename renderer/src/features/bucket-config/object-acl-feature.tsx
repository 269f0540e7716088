import { useMemo, useState } from 'react';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { aclDefinition } from './acl/acl-definition.js';
import { ConfigEditor } from './config-editor.js';
import type { ConfigTarget } from './config-kind.js';
import { configMessages as m } from './messages.js';
import { SettingsDialog } from './settings-dialog.js';
import './bucket-config.css';

export const OBJECT_ACL_ACTION = 'objects.acl';

function singleObject(target: ObjectActionTarget | null): ConfigTarget | null {
  if (target === null) return null;
  const { keys, prefixes } = target.selection;
  const key = keys[0];
  if (keys.length !== 1 || prefixes.length !== 0 || key === undefined) return null;
  return { profileId: target.profileId, bucket: target.bucket, key };
}

/** Offers "Access control (ACL)…" for one object (menus and palette) and holds its dialog. */
export function ObjectAclFeature() {
  const [open, setOpen] = useState<ConfigTarget | null>(null);

  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: OBJECT_ACL_ACTION,
        label: m.objectAclAction,
        commandTitle: m.objectAclCommand,
        keywords: ['acl', 'permissions', 'grant', 'public'],
        group: 'share',
        enabled: (target) => singleObject(target) !== null,
        run: (target) => setOpen(singleObject(target)),
      },
    ],
    [],
  );
  useRegisterObjectActions(actions);

  if (open === null) return null;
  return <ObjectAclDialog target={open} onClose={() => setOpen(null)} />;
}

function ObjectAclDialog({ target, onClose }: { target: ConfigTarget; onClose: () => void }) {
  return (
    <SettingsDialog title={m.objectAclTitle(target.key ?? '')} onClose={onClose}>
      <ConfigEditor definition={aclDefinition} target={target} />
    </SettingsDialog>
  );
}
