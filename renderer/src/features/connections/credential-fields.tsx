import { useQuery } from '@tanstack/react-query';
import { credentialSourceKinds } from '../../../../shared/domain/credential-source.js';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { useContract } from '../../contract/contract-context.js';
import { CheckField } from '../../ui/check-field.js';
import { FormField } from '../../ui/form-field.js';
import { fieldLabels } from './connection-form.js';
import type {
  ConnectionFormValues,
  FieldErrors,
  FieldName,
  FormTarget,
} from './connection-form.js';
import { credentialMessages as cm } from './credential-messages.js';
import { connectionMessages as m } from './messages.js';
import { RoleFields, RoleNameFields } from './role-fields.js';
import { SsoFields } from './sso-fields.js';
import { awsCandidatesQuery } from './use-connection-mutations.js';

/** The form fields that hold text. */
export type TextField = {
  [F in FieldName]: ConnectionFormValues[F] extends string ? F : never;
}[FieldName];

interface CredentialFieldsProps {
  values: ConnectionFormValues;
  errors: FieldErrors;
  target: FormTarget;
  /** The connection edited or copied, whose stored secret and token are kept unless retyped. */
  stored: ProfileSummary | undefined;
  fieldId: (field: FieldName) => string;
  text: (field: Exclude<TextField, 'credentialKind' | 'provider' | 'addressing'>) => {
    value: string;
    onChange: (event: { target: { value: string } }) => void;
  };
  update: (next: ConnectionFormValues, field: FieldName) => void;
}

const plainText = { type: 'text', autoComplete: 'off', spellCheck: false } as const;

/** Names of the AWS CLI profiles a connection can use, offered while typing. */
function AwsProfileOptions({ id }: { id: string }) {
  const candidates = useQuery(awsCandidatesQuery(useContract()));
  // Role, SSO and web identity profiles sign in their own way: they are imported, not named.
  const usable = (candidates.data ?? []).filter(
    (c) => c.keysFrom === 'keys' || c.keysFrom === 'temporaryKeys' || c.keysFrom === 'process',
  );
  return (
    <datalist id={id} aria-label={cm.awsProfilesFound}>
      {usable.map((c) => (
        <option key={c.name} value={c.name} />
      ))}
    </datalist>
  );
}

/** Where the connection's keys come from, and the fields of that source. */
export function CredentialFields(props: CredentialFieldsProps) {
  const { values, errors, target, stored, fieldId, text, update } = props;
  const storedStatic = stored !== undefined && stored.secretHint !== '';
  const storedToken = stored?.sessionTokenHint;
  return (
    <>
      <FormField
        id={fieldId('credentialKind')}
        label={fieldLabels.credentialKind}
        error={errors.credentialKind}
      >
        {(control) => (
          <select
            {...control}
            value={values.credentialKind}
            onChange={(event) => {
              const kind = credentialSourceKinds.find((k) => k === event.target.value);
              if (kind !== undefined) update({ ...values, credentialKind: kind }, 'credentialKind');
            }}
          >
            {credentialSourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {cm.kinds[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      {values.credentialKind === 'awsProfile' && (
        <FormField
          id={fieldId('awsProfileName')}
          label={fieldLabels.awsProfileName}
          error={errors.awsProfileName}
          hint={cm.awsProfileHint}
        >
          {(control) => (
            <>
              <input
                {...control}
                {...plainText}
                list={`${control.id}-list`}
                {...text('awsProfileName')}
              />
              <AwsProfileOptions id={`${control.id}-list`} />
            </>
          )}
        </FormField>
      )}

      {values.credentialKind === 'process' && (
        <FormField
          id={fieldId('processCommand')}
          label={fieldLabels.processCommand}
          error={errors.processCommand}
          hint={cm.processHint}
        >
          {(control) => <input {...control} {...plainText} {...text('processCommand')} />}
        </FormField>
      )}

      {values.credentialKind === 'assumeRole' && (
        <RoleFields
          values={values}
          errors={errors}
          editedId={target.kind === 'edit' ? target.id : undefined}
          fieldId={fieldId}
          text={text}
          update={update}
        />
      )}

      {values.credentialKind === 'webIdentity' && (
        <>
          <RoleNameFields errors={errors} fieldId={fieldId} text={text} />
          <FormField
            id={fieldId('webTokenFile')}
            label={fieldLabels.webTokenFile}
            error={errors.webTokenFile}
            hint={cm.webTokenFileHint}
          >
            {(control) => <input {...control} {...plainText} {...text('webTokenFile')} />}
          </FormField>
        </>
      )}

      {values.credentialKind === 'sso' && (
        <SsoFields values={values} errors={errors} fieldId={fieldId} text={text} />
      )}

      {values.credentialKind === 'static' && (
        <>
          <FormField
            id={fieldId('accessKeyId')}
            label={fieldLabels.accessKeyId}
            error={errors.accessKeyId}
          >
            {(control) => <input {...control} {...plainText} {...text('accessKeyId')} />}
          </FormField>

          <FormField
            id={fieldId('secretAccessKey')}
            label={fieldLabels.secretAccessKey}
            error={errors.secretAccessKey}
            hint={
              !storedStatic
                ? undefined
                : target.kind === 'edit'
                  ? m.secretKeepHint
                  : target.kind === 'duplicate'
                    ? m.secretCopyHint
                    : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                placeholder={
                  storedStatic
                    ? m.secretPlaceholder(stored.secretHint.replace(/^…/, ''))
                    : undefined
                }
                {...text('secretAccessKey')}
              />
            )}
          </FormField>

          <FormField
            id={fieldId('sessionToken')}
            label={fieldLabels.sessionToken}
            error={errors.sessionToken}
            hint={
              storedToken === undefined ? cm.sessionTokenHint : cm.sessionTokenKeepHint(storedToken)
            }
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="off"
                disabled={values.clearSessionToken}
                {...text('sessionToken')}
              />
            )}
          </FormField>

          {storedToken !== undefined && target.kind !== 'new' && (
            <CheckField
              id={fieldId('clearSessionToken')}
              label={fieldLabels.clearSessionToken}
              hint={cm.clearSessionTokenHint}
              checked={values.clearSessionToken}
              onChange={(checked) =>
                update(
                  { ...values, clearSessionToken: checked, sessionToken: '' },
                  'clearSessionToken',
                )
              }
            />
          )}
        </>
      )}
    </>
  );
}
