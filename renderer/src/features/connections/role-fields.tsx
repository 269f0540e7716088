import { useQuery } from '@tanstack/react-query';
import { sourceOf } from '../../../../shared/domain/credential-source.js';
import { useContract } from '../../contract/contract-context.js';
import { profilesQuery } from '../../contract/queries.js';
import { FormField } from '../../ui/form-field.js';
import { fieldLabels } from './connection-form.js';
import type { ConnectionFormValues, FieldErrors, FieldName } from './connection-form.js';
import { credentialMessages as cm } from './credential-messages.js';
import { callerValue } from './role-form.js';
import type { RoleFormValues } from './role-form.js';

interface RoleFieldsProps {
  values: ConnectionFormValues;
  errors: FieldErrors;
  /** The connection edited, which cannot ask for a role with its own keys. */
  editedId: string | undefined;
  fieldId: (field: FieldName) => string;
  text: (field: Exclude<keyof RoleFormValues, 'roleCaller'>) => {
    value: string;
    onChange: (event: { target: { value: string } }) => void;
  };
  update: (next: ConnectionFormValues, field: FieldName) => void;
}

const plainText = { type: 'text', autoComplete: 'off', spellCheck: false } as const;

/** Saved connections with keys of their own, which may ask STS for a role. */
function useCallerOptions(editedId: string | undefined, current: string) {
  const profiles = useQuery(profilesQuery(useContract()));
  const options = (profiles.data ?? [])
    .filter((p) => p.id !== editedId && sourceOf(p).kind !== 'assumeRole')
    .map((p) => ({
      value: callerValue({ kind: 'connection', connectionId: p.id }),
      label: p.name,
    }));
  // An AWS CLI profile caller comes from an import; it stays selectable as it was.
  if (current.startsWith('awsProfile:')) {
    options.push({ value: current, label: cm.roleCallerProfile(current.slice(11)) });
  }
  // So is the environment's keys (credential_source = Environment).
  if (current === 'environment') options.push({ value: current, label: cm.roleCallerEnvironment });
  return options;
}

/** The role asked for and the session's name: shared by AssumeRole and web identity. */
export function RoleNameFields({
  errors,
  fieldId,
  text,
}: Pick<RoleFieldsProps, 'errors' | 'fieldId' | 'text'>) {
  return (
    <>
      <FormField id={fieldId('roleArn')} label={fieldLabels.roleArn} error={errors.roleArn}>
        {(control) => <input {...control} {...plainText} {...text('roleArn')} />}
      </FormField>
      <FormField
        id={fieldId('roleSessionName')}
        label={fieldLabels.roleSessionName}
        error={errors.roleSessionName}
      >
        {(control) => <input {...control} {...plainText} {...text('roleSessionName')} />}
      </FormField>
    </>
  );
}

/** The fields of a connection whose keys come from STS AssumeRole. */
export function RoleFields({ values, errors, editedId, fieldId, text, update }: RoleFieldsProps) {
  const callers = useCallerOptions(editedId, values.roleCaller);
  return (
    <>
      <FormField
        id={fieldId('roleCaller')}
        label={fieldLabels.roleCaller}
        error={errors.roleCaller}
        hint={cm.roleCallerHint}
      >
        {(control) => (
          <select
            {...control}
            value={values.roleCaller}
            onChange={(event) =>
              update({ ...values, roleCaller: event.target.value }, 'roleCaller')
            }
          >
            <option value="">{cm.roleCallerNone}</option>
            {callers.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <RoleNameFields errors={errors} fieldId={fieldId} text={text} />
      <FormField
        id={fieldId('roleExternalId')}
        label={fieldLabels.roleExternalId}
        error={errors.roleExternalId}
      >
        {(control) => <input {...control} {...plainText} {...text('roleExternalId')} />}
      </FormField>
      <FormField
        id={fieldId('roleDuration')}
        label={fieldLabels.roleDuration}
        error={errors.roleDuration}
        hint={cm.roleDurationHint}
      >
        {(control) => (
          <input {...control} {...plainText} inputMode="numeric" {...text('roleDuration')} />
        )}
      </FormField>
      <FormField
        id={fieldId('roleMfaSerial')}
        label={fieldLabels.roleMfaSerial}
        error={errors.roleMfaSerial}
        hint={cm.roleMfaHint}
      >
        {(control) => <input {...control} {...plainText} {...text('roleMfaSerial')} />}
      </FormField>
    </>
  );
}
