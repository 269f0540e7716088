import { useMutation } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import type { FormEvent } from 'react';
import {
  CONNECTION_FILE_SUFFIX,
  MIN_PASSPHRASE_LENGTH,
} from '../../../../shared/domain/connection-file.js';
import type { FolderListing, LocalGrant } from '../../../../shared/domain/local-grant.js';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { FolderPicker } from '../transfers/folder-picker.js';
import { connectionFileMessages as m } from './messages.js';
import { PassphraseFields } from './passphrase-fields.js';

/** Electron's save dialog: a grant for exactly the file named, or null when canceled. */
async function pickSaveFile(): Promise<LocalGrant | null> {
  const answer = await window.holdall?.pickSaveFile?.(`connections${CONNECTION_FILE_SUFFIX}`);
  if (answer === undefined) return null;
  if (!answer.ok) throw new ContractError(answer.error);
  return answer.value;
}

/** What stops the export before it is sent: nothing chosen, a short or mistyped passphrase. */
function problemOf(chosen: number, sealed: boolean, passphrase: string, again: string) {
  if (chosen === 0) return m.noneChosen;
  if (!sealed) return null;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return m.passphraseTooShort(MIN_PASSPHRASE_LENGTH);
  return passphrase === again ? null : m.passphraseMismatch;
}

/** Writes the ticked connections to a connections file; secrets only sealed by a passphrase. */
export function ExportDialog({
  profiles,
  onClose,
}: {
  profiles: readonly ProfileSummary[];
  onClose: () => void;
}) {
  const client = useContract();
  const id = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(profiles.map((p) => p.id)),
  );
  const [sealed, setSealed] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [fileName, setFileName] = useState('connections');
  const [picked, setPicked] = useState<LocalGrant | null>(null);
  const [under, setUnder] = useState<string>();
  const [listing, setListing] = useState<FolderListing>();
  const [problem, setProblem] = useState<string | null>(null);
  const nativePicker = window.holdall?.pickSaveFile !== undefined;
  const onListing = useCallback((shown: FolderListing | undefined) => setListing(shown), []);

  const run = useMutation({
    mutationFn: async () => {
      const secrets = sealed ? { passphrase } : {};
      const ids = profiles.filter((p) => chosen.has(p.id)).map((p) => p.id);
      if (nativePicker) {
        const grant = picked ?? (await pickSaveFile());
        if (grant === null) return null;
        setPicked(grant);
        return client.invoke('profiles.exportFile', { ids, grant: grant.grant, ...secrets });
      }
      if (listing === undefined) return null;
      const { grant } = await client.invoke('folders.grant', { under: listing.under });
      return client.invoke('profiles.exportFile', { ids, grant, fileName, ...secrets });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const blocked = problemOf(chosen.size, sealed, passphrase, again);
    setProblem(blocked);
    if (blocked === null) run.mutate();
  };

  if (run.data != null)
    return (
      <ModalDialog title={m.exportTitle} onClose={onClose}>
        <p className="message message-success" role="status">
          {m.exported(run.data.count, run.data.path)}
        </p>
        <DialogActions cancelLabel={m.close} onCancel={onClose} />
      </ModalDialog>
    );

  const shownProblem = problem ?? (run.error === null ? null : errorMessage(run.error));
  return (
    <ModalDialog title={m.exportTitle} onClose={onClose}>
      <form className="connection-form" noValidate onSubmit={onSubmit}>
        <fieldset className="import-list">
          <legend>{m.whichConnections}</legend>
          {profiles.map((profile) => (
            <label key={profile.id} className="import-item">
              <input
                type="checkbox"
                checked={chosen.has(profile.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(profile.id);
                  else next.delete(profile.id);
                  setChosen(next);
                }}
              />
              <span className="import-name">{profile.name}</span>
            </label>
          ))}
        </fieldset>
        <label className="check-field">
          <input type="checkbox" checked={sealed} onChange={(e) => setSealed(e.target.checked)} />
          {m.withSecrets}
        </label>
        {sealed ? (
          <PassphraseFields
            id={id}
            passphrase={passphrase}
            again={again}
            onPassphrase={setPassphrase}
            onAgain={setAgain}
          />
        ) : (
          <p className="muted">{m.withoutSecretsHint}</p>
        )}
        {!nativePicker && (
          <>
            <FormField id={`${id}-name`} label={m.fileName} hint={CONNECTION_FILE_SUFFIX}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={fileName}
                  onChange={(e) => setFileName(e.target.value)}
                />
              )}
            </FormField>
            <p className="muted">
              {m.destination}: {listing?.path ?? '…'}
            </p>
            <FolderPicker under={under} onOpen={setUnder} onListing={onListing} />
          </>
        )}
        {shownProblem !== null && (
          <p className="message message-error" role="alert">
            {shownProblem}
          </p>
        )}
        <DialogActions
          cancelLabel={m.cancel}
          onCancel={onClose}
          submitLabel={run.isPending ? m.exporting : m.export}
          busy={run.isPending}
        />
      </form>
    </ModalDialog>
  );
}
