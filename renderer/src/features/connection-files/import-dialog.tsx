import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { CONNECTION_FILE_SUFFIX } from '../../../../shared/domain/connection-file.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { connectionFileMessages as m } from './messages.js';
import { PassphraseFields } from './passphrase-fields.js';
import { grantForFile, pickFileNatively } from './pick-connection-file.js';

/**
 * Picks a connections file, shows what it holds, asks for the passphrase of sealed secrets and
 * what to do with names already taken, then imports it whole.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const client = useContract();
  const id = useId();
  const [grant, setGrant] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [onClash, setOnClash] = useState<'rename' | 'skip'>('rename');
  const nativePicker = window.holdall?.pickUploadFiles !== undefined;
  const choose = useMutation({
    mutationFn: (file?: File) => (file === undefined ? pickFileNatively() : grantForFile(file)),
    onSuccess: (picked) => picked !== null && setGrant(picked),
  });
  const preview = useQuery({
    queryKey: ['connection-files', 'preview', grant],
    queryFn: () => client.invoke('profiles.previewFile', { grant: grant ?? '' }),
    enabled: grant !== null,
    retry: false,
  });
  const run = useMutation({
    mutationFn: () =>
      client.invoke('profiles.importFile', {
        grant: grant ?? '',
        onClash,
        ...(preview.data?.sealed === true ? { passphrase } : {}),
      }),
  });

  if (run.isSuccess)
    return (
      <ModalDialog title={m.importTitle} onClose={onClose}>
        <p className="message message-success" role="status">
          {m.imported(run.data.imported.length)}
        </p>
        {run.data.skipped.length > 0 && <p>{m.skipped(run.data.skipped.join(', '))}</p>}
        <DialogActions cancelLabel={m.close} onCancel={onClose} />
      </ModalDialog>
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (preview.data !== undefined) run.mutate();
  };
  const problem = choose.error ?? preview.error ?? run.error;
  const clashes = preview.data?.connections.some((c) => c.clashes) === true;
  return (
    <ModalDialog title={m.importTitle} onClose={onClose}>
      <form className="connection-form" noValidate onSubmit={onSubmit}>
        {nativePicker ? (
          <button type="button" className="button" onClick={() => choose.mutate(undefined)}>
            {m.chooseImportFile}
          </button>
        ) : (
          <FormField id={`${id}-file`} label={m.fileToImport}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept={`${CONNECTION_FILE_SUFFIX},.json,application/json`}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file !== undefined) choose.mutate(file);
                }}
              />
            )}
          </FormField>
        )}
        {(choose.isPending || preview.isFetching) && <p className="muted">{m.reading}</p>}
        {preview.data !== undefined && (
          <ul className="import-list" aria-label={m.fileToImport}>
            {preview.data.connections.map((c, index) => (
              <li key={`${index}-${c.name}`} className="import-item">
                <span className="import-name">{c.name}</span>
                <span className="import-detail">
                  {[c.endpoint === '' ? c.provider : c.endpoint, c.credentialKind]
                    .concat(preview.data.sealed ? [m.sealed] : [m.noSecrets])
                    .concat(c.clashes ? [m.clashes] : [])
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {preview.data?.sealed === true && (
          <PassphraseFields id={id} passphrase={passphrase} onPassphrase={setPassphrase} />
        )}
        {clashes && (
          <fieldset className="radio-group">
            <legend>{m.onClash}</legend>
            {(['rename', 'skip'] as const).map((choice) => (
              <label key={choice} className="check-field">
                <input
                  type="radio"
                  name={`${id}-clash`}
                  checked={onClash === choice}
                  onChange={() => setOnClash(choice)}
                />
                {m[choice]}
              </label>
            ))}
          </fieldset>
        )}
        {problem !== null && (
          <p className="message message-error" role="alert">
            {errorMessage(problem)}
          </p>
        )}
        <DialogActions
          cancelLabel={m.cancel}
          onCancel={onClose}
          submitLabel={run.isPending ? m.importing : m.import}
          busy={run.isPending}
          disabled={preview.data === undefined}
        />
      </form>
    </ModalDialog>
  );
}
