import { useMemo, useState } from 'react';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { aclDefinition } from './acl/acl-definition.js';
import { ConfigEditor } from './config-editor.js';
import type { ConfigTarget } from './config-kind.js';
import { DirtyDraftsProvider, UnsavedPrompt, useDirtyDrafts } from './dirty-drafts.js';
import { configMessages as m } from './messages.js';
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
  const drafts = useDirtyDrafts();
  const [askingToClose, setAskingToClose] = useState(false);
  const requestClose = (): void => {
    if (drafts.dirty.size > 0) setAskingToClose(true);
    else onClose();
  };
  return (
    <ModalDialog
      title={m.objectAclTitle(target.key ?? '')}
      onClose={requestClose}
      className="dialog-settings"
    >
      <DirtyDraftsProvider value={drafts.report}>
        <ConfigEditor definition={aclDefinition} target={target} />
      </DirtyDraftsProvider>
      {askingToClose ? (
        <UnsavedPrompt
          kinds={drafts.dirty}
          onKeep={() => setAskingToClose(false)}
          onDiscard={onClose}
        />
      ) : (
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button button-primary" onClick={requestClose}>
            {m.close}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
