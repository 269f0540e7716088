import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { bucketCannedAclSchema } from '../../../../shared/domain/bucket-ops.js';
import type { BucketCannedAcl } from '../../../../shared/domain/bucket-ops.js';
import { objectLockSupport } from '../../../../shared/domain/object-lock.js';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { CheckField } from '../../ui/check-field.js';
import { newBucketNameProblem, regionProblem } from './bucket-name.js';
import { bucketMessages as m } from './messages.js';
import { useCreateBucket } from './use-bucket-mutations.js';
import './buckets.css';
import { DialogActions } from '../../ui/dialog-actions.js';

/** The refusals people meet most, in the current language; others as the host words them. */
function createProblem(err: unknown, bucket: string): string {
  if (err instanceof ContractError && err.code === 'BucketAlreadyOwnedByYou') {
    return m.alreadyOwned(bucket);
  }
  if (err instanceof ContractError && err.code === 'BucketAlreadyExists')
    return m.nameTaken(bucket);
  return errorMessage(err);
}

interface CreateBucketDialogProps {
  profile: ProfileSummary;
  onClose: () => void;
  onCreated: (bucket: string) => void;
}

export function CreateBucketDialog({ profile, onClose, onCreated }: CreateBucketDialogProps) {
  const idBase = useId();
  const [name, setName] = useState('');
  const [region, setRegion] = useState(profile.region);
  const [acl, setAcl] = useState<BucketCannedAcl>('private');
  const [objectLock, setObjectLock] = useState(false);
  const lockOffered = objectLockSupport[profile.provider].offered;
  const create = useCreateBucket();

  // Checked as people type; an empty field is not an error yet, only not ready.
  const nameProblem = name === '' ? undefined : newBucketNameProblem(name);
  const regionIssue = regionProblem(region.trim());
  const ready = name !== '' && nameProblem === undefined && regionIssue === undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready) return;
    const trimmedRegion = region.trim();
    create.mutate(
      {
        profileId: profile.id,
        bucket: name,
        acl,
        ...(trimmedRegion === '' ? {} : { region: trimmedRegion }),
        ...(objectLock ? { objectLock } : {}),
      },
      {
        onSuccess: () => {
          onCreated(name);
          onClose();
        },
      },
    );
  };

  return (
    <ModalDialog title={m.createTitle} onClose={onClose}>
      <form className="bucket-form" noValidate onSubmit={onSubmit}>
        <p className="dialog-intro">{m.createOn(profile.name)}</p>
        <FormField id={`${idBase}-name`} label={m.nameLabel} error={nameProblem} hint={m.nameHint}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                create.reset();
              }}
            />
          )}
        </FormField>
        <div className="field-row">
          <FormField
            id={`${idBase}-region`}
            label={m.regionLabel}
            error={regionIssue}
            hint={m.regionHint}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={region}
                onChange={(event) => setRegion(event.target.value)}
              />
            )}
          </FormField>
          <FormField id={`${idBase}-acl`} label={m.aclLabel}>
            {(control) => (
              <select
                {...control}
                value={acl}
                onChange={(event) => {
                  const parsed = bucketCannedAclSchema.safeParse(event.target.value);
                  if (parsed.success) setAcl(parsed.data);
                }}
              >
                {bucketCannedAclSchema.options.map((option) => (
                  <option key={option} value={option}>
                    {m.acls[option]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {lockOffered && (
          <CheckField
            id={`${idBase}-lock`}
            label={m.objectLockLabel}
            hint={m.objectLockHint}
            checked={objectLock}
            onChange={(checked) => {
              setObjectLock(checked);
              create.reset();
            }}
          />
        )}
        {create.isError && (
          <p className="message message-error" role="alert">
            {createProblem(create.error, create.variables?.bucket ?? name)}
          </p>
        )}
        <DialogActions
          cancelLabel={m.cancel}
          onCancel={onClose}
          submitLabel={m.create}
          disabled={!ready}
          busy={create.isPending}
        />
      </form>
    </ModalDialog>
  );
}
