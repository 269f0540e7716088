import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { BucketPropertiesDialog } from './bucket-properties-dialog.js';
import { CreateBucketDialog } from './create-bucket-dialog.js';
import { DeleteBucketDialog } from './delete-bucket-dialog.js';

/** Which bucket dialog is open; the sidebar holds one of these. */
export type BucketDialog =
  | { kind: 'create'; profile: ProfileSummary }
  | { kind: 'delete'; profileId: string; bucket: string }
  | { kind: 'properties'; profileId: string; bucket: string };

interface BucketDialogsProps {
  dialog: BucketDialog | null;
  onClose: () => void;
  onCreated: (profileId: string, bucket: string) => void;
  onDeleted: (profileId: string, bucket: string) => void;
}

export function BucketDialogs({ dialog, onClose, onCreated, onDeleted }: BucketDialogsProps) {
  switch (dialog?.kind) {
    case 'create':
      return (
        <CreateBucketDialog
          profile={dialog.profile}
          onClose={onClose}
          onCreated={(bucket) => onCreated(dialog.profile.id, bucket)}
        />
      );
    case 'delete':
      return (
        <DeleteBucketDialog
          profileId={dialog.profileId}
          bucket={dialog.bucket}
          onClose={onClose}
          onDeleted={(bucket) => onDeleted(dialog.profileId, bucket)}
        />
      );
    case 'properties':
      return (
        <BucketPropertiesDialog
          profileId={dialog.profileId}
          bucket={dialog.bucket}
          onClose={onClose}
        />
      );
    default:
      return null;
  }
}
