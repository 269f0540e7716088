import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { PostPolicyOptions } from '../../../../shared/domain/presign-request.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatDate } from '../../lib/format-date.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { CopyField } from './copy-field.js';
import { ExpiryPicker } from './expiry-picker.js';
import { shareMessages as m } from './messages.js';
import {
  initialUploadForm,
  sizeUnits,
  successStatuses,
  uploadFormOptions,
} from './upload-form-draft.js';
import type { SizeUnit, SuccessStatus, UploadFormDraft } from './upload-form-draft.js';
import './share.css';
import { DialogActions } from '../../ui/dialog-actions.js';

export interface UploadFolder {
  profileId: string;
  bucket: string;
  /** '' for the bucket's root, else ending in '/'. */
  folder: string;
}

/** A presigned POST policy for a folder or one key, as an HTML form and a curl command. */
export function UploadFormDialog({
  target,
  onClose,
}: {
  target: UploadFolder;
  onClose: () => void;
}) {
  const client = useContract();
  const [draft, setDraft] = useState<UploadFormDraft>(() => initialUploadForm(target.folder));
  const [submitted, setSubmitted] = useState(false);
  const checked = uploadFormOptions(draft);
  const problems = 'problems' in checked && submitted ? checked.problems : {};

  const sign = useMutation({
    mutationFn: (options: PostPolicyOptions) =>
      client.invoke('presign.post', {
        profileId: target.profileId,
        bucket: target.bucket,
        ...options,
      }),
  });
  const update = (change: Partial<UploadFormDraft>) => {
    sign.reset();
    setDraft((d) => ({ ...d, ...change }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if ('options' in checked) sign.mutate(checked.options);
  };
  const result = useRef<HTMLDivElement>(null);
  // The snippets appear below a long form: bring them into view once signed.
  useEffect(() => {
    if (sign.data !== undefined) result.current?.scrollIntoView({ block: 'nearest' });
  }, [sign.data]);
  const expiryProblem = 'problems' in checked ? checked.problems.expiry : undefined;
  const sizeError = problems.maxSize ?? problems.minSize;

  return (
    <ModalDialog
      title={m.uploadFormTitle(target.folder === '' ? m.bucketRoot : target.folder)}
      onClose={onClose}
      className="share-dialog"
    >
      <form className="share-form" onSubmit={onSubmit} noValidate>
        <p className="field-hint">{m.uploadFormIntro}</p>
        <fieldset>
          <legend>{m.keyLegend}</legend>
          <div className="share-expiry-options">
            {(['prefix', 'exact'] as const).map((mode) => (
              <label key={mode} className="share-choice">
                <input
                  type="radio"
                  name="upload-key-mode"
                  checked={draft.keyMode === mode}
                  onChange={() => update({ keyMode: mode })}
                />
                {mode === 'prefix' ? m.keyPrefixMode : m.keyExactMode}
              </label>
            ))}
          </div>
          <FormField
            id="upload-key"
            label={draft.keyMode === 'prefix' ? m.prefixLabel : m.keyLabel}
            error={problems.key === undefined ? undefined : m.keyProblems[problems.key]}
          >
            {(control) => (
              <input
                {...control}
                value={draft.keyMode === 'prefix' ? draft.prefix : draft.key}
                spellCheck={false}
                autoComplete="off"
                onChange={(event) =>
                  update(
                    draft.keyMode === 'prefix'
                      ? { prefix: event.target.value }
                      : { key: event.target.value },
                  )
                }
              />
            )}
          </FormField>
        </fieldset>
        <fieldset aria-describedby={sizeError === undefined ? undefined : 'upload-size-error'}>
          <legend>{m.sizeLegend}</legend>
          <div className="share-size-row">
            <label className="share-choice">
              {m.minSize}
              <input
                inputMode="decimal"
                value={draft.minSize}
                aria-invalid={problems.minSize !== undefined}
                onChange={(event) => update({ minSize: event.target.value })}
              />
            </label>
            <label className="share-choice">
              {m.maxSize}
              <input
                inputMode="decimal"
                value={draft.maxSize}
                aria-invalid={problems.maxSize !== undefined}
                onChange={(event) => update({ maxSize: event.target.value })}
              />
            </label>
            <select
              aria-label={m.sizeUnit}
              value={draft.sizeUnit}
              onChange={(event) => update({ sizeUnit: event.target.value as SizeUnit })}
            >
              {(Object.keys(sizeUnits) as SizeUnit[]).map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </select>
          </div>
          {sizeError !== undefined && (
            <p id="upload-size-error" className="field-error">
              {m.sizeProblems[sizeError]}
            </p>
          )}
        </fieldset>
        <FormField
          id="upload-content-type"
          label={m.contentType}
          error={problems.contentType === undefined ? undefined : m.contentTypeProblem}
        >
          {(control) => (
            <input
              {...control}
              value={draft.contentType}
              placeholder="image/png"
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => update({ contentType: event.target.value })}
            />
          )}
        </FormField>
        <FormField id="upload-content-type-match" label={m.contentTypeMatch}>
          {(control) => (
            <select
              {...control}
              value={draft.contentTypeMatch}
              onChange={(event) =>
                update({ contentTypeMatch: event.target.value as 'exact' | 'prefix' })
              }
            >
              {(['exact', 'prefix'] as const).map((match) => (
                <option key={match} value={match}>
                  {m.contentTypeMatches[match]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <ExpiryPicker
          value={draft.expiry}
          onChange={(expiry) => update({ expiry })}
          problem={expiryProblem}
        />
        <FormField id="upload-status" label={m.successStatus}>
          {(control) => (
            <select
              {...control}
              value={draft.successStatus}
              onChange={(event) => update({ successStatus: event.target.value as SuccessStatus })}
            >
              {successStatuses.map((status) => (
                <option key={status} value={status}>
                  {status === '' ? m.successStatusDefault : status}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="upload-redirect"
          label={m.redirect}
          hint={m.redirectHint}
          error={problems.redirect === undefined ? undefined : m.redirectProblem}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              value={draft.redirect}
              placeholder="https://"
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => update({ redirect: event.target.value })}
            />
          )}
        </FormField>
        {sign.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(sign.error)}
          </p>
        )}
        {sign.data !== undefined && (
          <div className="share-result" ref={result}>
            <CopyField label={m.formLabel} value={sign.data.html} multiline testId="post-html" />
            <CopyField label={m.curlLabel} value={sign.data.curl} multiline testId="post-curl" />
            <p className="field-hint" data-testid="post-expires">
              {m.expiresAt(formatDate(sign.data.expiresAt))}
            </p>
          </div>
        )}
        <DialogActions
          cancelLabel={m.close}
          onCancel={onClose}
          submitLabel={sign.isPending ? m.generating : m.generateForm}
          busy={sign.isPending}
        />
      </form>
    </ModalDialog>
  );
}
