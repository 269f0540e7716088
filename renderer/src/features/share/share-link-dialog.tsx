import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatDate } from '../../lib/format-date.js';
import { FormField } from '../../ui/form-field.js';
import { useOpenInBrowser } from '../host/use-open-in-browser.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { CopyField } from './copy-field.js';
import { attachmentDisposition, downloadNameProblem } from './download-name.js';
import { expirySeconds } from './expiry.js';
import type { ExpiryChoice } from './expiry.js';
import { ExpiryPicker } from './expiry-picker.js';
import { shareMessages as m } from './messages.js';
import './share.css';
import { DialogActions } from '../../ui/dialog-actions.js';

export interface SharedObject {
  profileId: string;
  bucket: string;
  key: string;
  /** A link to this version (the versions browser); without it, to whatever is latest. */
  versionId?: string | undefined;
}

const nameOf = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/** A presigned GET link for one object, with its lifetime and an optional download name. */
export function ShareLinkDialog({
  target,
  onClose,
}: {
  target: SharedObject;
  onClose: () => void;
}) {
  const client = useContract();
  const openInBrowser = useOpenInBrowser();
  const [expiry, setExpiry] = useState<ExpiryChoice>({ kind: 'preset', seconds: 3600 });
  const [downloadAs, setDownloadAs] = useState('');
  const seconds = expirySeconds(expiry);
  const nameProblem = downloadNameProblem(downloadAs.trim());

  const sign = useMutation({
    mutationFn: (expiresInSeconds: number) => {
      const name = downloadAs.trim();
      return client.invoke('presign.get', {
        ...target,
        expiresInSeconds,
        ...(name === '' ? {} : { responseContentDisposition: attachmentDisposition(name) }),
      });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if ('seconds' in seconds && nameProblem === undefined) sign.mutate(seconds.seconds);
  };
  // A link shown must match the choices shown: any change takes it away until signed again.
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      sign.reset();
      set(value);
    };

  return (
    <ModalDialog
      title={m.shareTitle(nameOf(target.key))}
      onClose={onClose}
      className="share-dialog"
    >
      <form className="share-form" onSubmit={onSubmit} noValidate>
        <p className="field-hint">{m.shareIntro}</p>
        <ExpiryPicker
          value={expiry}
          onChange={changed(setExpiry)}
          problem={'problem' in seconds ? seconds.problem : undefined}
        />
        <FormField
          id="share-download-as"
          label={m.downloadAs}
          hint={m.downloadAsHint}
          error={nameProblem === undefined ? undefined : m.downloadNameProblems[nameProblem]}
        >
          {(control) => (
            <input
              {...control}
              value={downloadAs}
              placeholder={nameOf(target.key)}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => changed(setDownloadAs)(event.target.value)}
            />
          )}
        </FormField>
        {sign.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(sign.error)}
          </p>
        )}
        {sign.data !== undefined && (
          <div className="share-result">
            <CopyField label={m.linkLabel} value={sign.data.url} testId="share-url" />
            <button
              type="button"
              className="button button-small"
              onClick={() => openInBrowser(sign.data.url)}
            >
              {m.openLink}
            </button>
            <p className="field-hint" data-testid="share-expires">
              {m.expiresAt(formatDate(sign.data.expiresAt))}
            </p>
          </div>
        )}
        <DialogActions
          cancelLabel={m.close}
          onCancel={onClose}
          submitLabel={sign.isPending ? m.generating : m.generate}
          disabled={'problem' in seconds || nameProblem !== undefined}
          busy={sign.isPending}
        />
      </form>
    </ModalDialog>
  );
}
