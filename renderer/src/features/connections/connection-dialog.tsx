import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import {
  checkForm,
  emptyForm,
  fieldLabels,
  formFromProfile,
  withProvider,
} from './connection-form.js';
import type { ConnectionFormValues, FieldErrors, FieldName } from './connection-form.js';
import type { FormTarget } from './connection-form.js';
import { CredentialFields } from './credential-fields.js';
import type { TextField } from './credential-fields.js';
import { connectionMessages as m } from './messages.js';
import { NetworkFields } from './network-fields.js';
import { useSaveConnection, useTestConnection } from './use-connection-mutations.js';
import { providerInfo, providers } from '../../../../shared/domain/providers.js';
import { defaultRequestTimeouts } from '../../../../shared/domain/profile.js';
import './connections.css';

/**
 * A text box, not type="number": a number input hides what it cannot parse (its value reads
 * empty), so "1e" or "ten" would silently mean the default instead of getting a message.
 */
const secondsInput = {
  type: 'text',
  inputMode: 'numeric',
  autoComplete: 'off',
  spellCheck: false,
} as const;

interface ConnectionDialogProps {
  /** The connection to edit; absent for a new one. */
  profile?: ProfileSummary;
  /** The connection to copy, under `name`; its stored secret is reused unless one is typed. */
  duplicateOf?: { profile: ProfileSummary; name: string };
  /** A new connection's fields filled in from elsewhere (a link), and what to tell about it. */
  prefill?: { values: Partial<ConnectionFormValues>; notes: readonly string[] };
  onClose: () => void;
}

export function ConnectionDialog({
  profile,
  duplicateOf,
  prefill,
  onClose,
}: ConnectionDialogProps) {
  const idBase = useId();
  const target: FormTarget =
    profile !== undefined
      ? { kind: 'edit', id: profile.id }
      : duplicateOf !== undefined
        ? { kind: 'duplicate', from: duplicateOf.profile.id }
        : { kind: 'new' };
  const stored = profile ?? duplicateOf?.profile;
  const [values, setValues] = useState<ConnectionFormValues>(() => {
    if (profile !== undefined) return formFromProfile(profile);
    if (duplicateOf !== undefined) {
      return { ...formFromProfile(duplicateOf.profile), name: duplicateOf.name };
    }
    return { ...emptyForm(), ...prefill?.values };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const save = useSaveConnection();
  const test = useTestConnection();

  const fieldId = (field: FieldName) => `${idBase}-${field}`;

  const update = (next: ConnectionFormValues, field: FieldName) => {
    setValues(next);
    // An edited field's old complaint and an old test result no longer apply.
    setErrors(({ [field]: _dropped, ...rest }) => rest);
    test.reset();
  };

  const checked = () => {
    const result = checkForm(values, target, stored === undefined || stored.secretHint !== '');
    setErrors(result.ok ? {} : result.errors);
    setFormError(result.ok ? undefined : result.formError);
    if (!result.ok) {
      const first = (Object.keys(fieldLabels) as FieldName[]).find(
        (f) => result.errors[f] !== undefined,
      );
      const control = first === undefined ? null : document.getElementById(fieldId(first));
      // A complaint inside the collapsed "Advanced" part must be seen: open it first.
      const advanced = control?.closest('details');
      if (advanced !== null && advanced !== undefined) advanced.open = true;
      control?.focus();
    }
    return result.ok ? result.draft : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const draft = checked();
    if (draft !== undefined) save.mutate(draft, { onSuccess: onClose });
  };

  const onTest = () => {
    const draft = checked();
    if (draft !== undefined) test.mutate(draft);
  };

  const text = (field: Exclude<TextField, 'credentialKind' | 'provider' | 'addressing'>) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) =>
      update({ ...values, [field]: event.target.value }, field),
  });

  return (
    <ModalDialog
      title={
        target.kind === 'edit'
          ? m.editTitle
          : target.kind === 'duplicate'
            ? m.duplicateTitle
            : m.newTitle
      }
      onClose={onClose}
    >
      <form className="connection-form" noValidate onSubmit={onSubmit}>
        {prefill?.notes.map((note) => (
          <p key={note} className="message" role="status">
            {note}
          </p>
        ))}
        <FormField id={fieldId('name')} label={fieldLabels.name} error={errors.name}>
          {(control) => <input {...control} type="text" autoComplete="off" {...text('name')} />}
        </FormField>

        <FormField id={fieldId('provider')} label={fieldLabels.provider} error={errors.provider}>
          {(control) => (
            <select
              {...control}
              value={values.provider}
              onChange={(event) => {
                const option = providers.find((o) => o.id === event.target.value);
                if (option === undefined) return;
                update(withProvider(values, option.id), 'provider');
                // Whether the endpoint may be empty depends on the provider.
                setErrors(({ endpoint: _dropped, ...rest }) => rest);
              }}
            >
              {providers.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.id === 'generic' ? m.otherProvider : option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          id={fieldId('endpoint')}
          label={fieldLabels.endpoint}
          error={errors.endpoint}
          hint={
            providerInfo(values.provider).endpointRequired ? m.endpointRequiredHint : m.endpointHint
          }
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder={providerInfo(values.provider).endpointExample}
              {...text('endpoint')}
            />
          )}
        </FormField>

        <div className="field-row">
          <FormField id={fieldId('region')} label={fieldLabels.region} error={errors.region}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                {...text('region')}
              />
            )}
          </FormField>

          <FormField
            id={fieldId('addressing')}
            label={fieldLabels.addressing}
            error={errors.addressing}
          >
            {(control) => (
              <select
                {...control}
                value={values.addressing}
                onChange={(event) =>
                  update(
                    {
                      ...values,
                      addressing: event.target.value === 'virtual' ? 'virtual' : 'path',
                    },
                    'addressing',
                  )
                }
              >
                <option value="path">{m.pathStyle}</option>
                <option value="virtual">{m.virtualStyle}</option>
              </select>
            )}
          </FormField>
        </div>

        <CredentialFields
          values={values}
          errors={errors}
          target={target}
          stored={stored}
          fieldId={fieldId}
          text={text}
          update={update}
        />

        <FormField
          id={fieldId('bucket')}
          label={fieldLabels.bucket}
          error={errors.bucket}
          hint={m.bucketHint}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              {...text('bucket')}
            />
          )}
        </FormField>

        <details className="connection-advanced">
          <summary>{m.advanced}</summary>
          <div className="field-row">
            <FormField
              id={fieldId('headersTimeout')}
              label={fieldLabels.headersTimeout}
              error={errors.headersTimeout}
              hint={m.headersTimeoutHint(defaultRequestTimeouts.headers)}
            >
              {(control) => <input {...control} {...secondsInput} {...text('headersTimeout')} />}
            </FormField>
            <FormField
              id={fieldId('idleTimeout')}
              label={fieldLabels.idleTimeout}
              error={errors.idleTimeout}
              hint={m.idleTimeoutHint(defaultRequestTimeouts.idle)}
            >
              {(control) => <input {...control} {...secondsInput} {...text('idleTimeout')} />}
            </FormField>
          </div>
          <NetworkFields
            values={values}
            errors={errors}
            stored={profile}
            editing={target.kind === 'edit'}
            fieldId={fieldId}
            text={text}
            update={update}
          />
        </details>

        {formError !== undefined && (
          <p className="message message-error" role="alert">
            {formError}
          </p>
        )}
        {test.isSuccess && (
          <p className="message message-success" role="status">
            {test.data.bucket === undefined
              ? m.connected(test.data.bucketCount, test.data.elapsedMs)
              : m.connectedBucket(test.data.bucket, test.data.elapsedMs)}
          </p>
        )}
        {test.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(test.error)}
          </p>
        )}
        {save.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}

        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            onClick={onTest}
            disabled={test.isPending}
            aria-busy={test.isPending}
          >
            {m.testConnection}
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {m.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={save.isPending}
            aria-busy={save.isPending}
          >
            {m.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
