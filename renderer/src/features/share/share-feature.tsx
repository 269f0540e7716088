import { useMemo, useState } from 'react';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { shareMessages as m } from './messages.js';
import { ShareLinkDialog } from './share-link-dialog.js';
import type { SharedObject } from './share-link-dialog.js';
import { UploadFormDialog } from './upload-form-dialog.js';
import type { UploadFolder } from './upload-form-dialog.js';

export const SHARE_LINK_ACTION = 'objects.shareLink';
export const UPLOAD_FORM_ACTION = 'objects.uploadForm';

type Open = { kind: 'link'; target: SharedObject } | { kind: 'form'; target: UploadFolder };

function singleObject(target: ObjectActionTarget): SharedObject | null {
  const { keys, prefixes } = target.selection;
  const key = keys[0];
  if (keys.length !== 1 || prefixes.length !== 0 || key === undefined) return null;
  return { profileId: target.profileId, bucket: target.bucket, key };
}

/** One selected folder, or the folder shown when nothing is selected. */
function uploadFolder(target: ObjectActionTarget): UploadFolder | null {
  const { keys, prefixes } = target.selection;
  if (keys.length > 0 || prefixes.length > 1) return null;
  return {
    profileId: target.profileId,
    bucket: target.bucket,
    folder: prefixes[0] ?? target.prefix,
  };
}

/** Offers "Share link…" and "Upload form…" (menus and palette) and holds their dialogs. */
export function ShareFeature() {
  const [open, setOpen] = useState<Open | null>(null);

  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: SHARE_LINK_ACTION,
        label: m.shareAction,
        commandTitle: m.shareCommand,
        keywords: ['share', 'presign', 'link', 'url'],
        group: 'share',
        enabled: (target) => singleObject(target) !== null,
        run: (target) => {
          const object = singleObject(target);
          if (object !== null) setOpen({ kind: 'link', target: object });
        },
      },
      {
        id: UPLOAD_FORM_ACTION,
        label: m.uploadFormAction,
        commandTitle: m.uploadFormCommand,
        keywords: ['upload', 'form', 'post', 'presign', 'curl'],
        group: 'share',
        enabled: (target) => uploadFolder(target) !== null,
        run: (target) => {
          const folder = uploadFolder(target);
          if (folder !== null) setOpen({ kind: 'form', target: folder });
        },
      },
    ],
    [],
  );
  useRegisterObjectActions(actions);

  const close = () => setOpen(null);
  if (open?.kind === 'link') return <ShareLinkDialog target={open.target} onClose={close} />;
  if (open?.kind === 'form') return <UploadFormDialog target={open.target} onClose={close} />;
  return null;
}
