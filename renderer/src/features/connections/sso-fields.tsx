import { FormField } from '../../ui/form-field.js';
import { fieldLabels } from './connection-form.js';
import type { ConnectionFormValues, FieldErrors, FieldName } from './connection-form.js';
import { credentialMessages as cm } from './credential-messages.js';
import type { SignInFormValues } from './sign-in-form.js';

interface SsoFieldsProps {
  values: ConnectionFormValues;
  errors: FieldErrors;
  fieldId: (field: FieldName) => string;
  text: (field: keyof SignInFormValues) => {
    value: string;
    onChange: (event: { target: { value: string } }) => void;
  };
}

const plainText = { type: 'text', autoComplete: 'off', spellCheck: false } as const;

/** The fields of a connection that signs in with IAM Identity Center (SSO). */
export function SsoFields({ errors, fieldId, text }: SsoFieldsProps) {
  const fields: { field: keyof SignInFormValues; hint?: string }[] = [
    { field: 'ssoStartUrl', hint: cm.ssoStartUrlHint },
    { field: 'ssoRegion' },
    { field: 'ssoAccountId' },
    { field: 'ssoRoleName' },
    { field: 'ssoSessionName', hint: cm.ssoSessionHint },
  ];
  return (
    <>
      {fields.map(({ field, hint }) => (
        <FormField
          key={field}
          id={fieldId(field)}
          label={fieldLabels[field]}
          error={errors[field]}
          hint={hint}
        >
          {(control) => <input {...control} {...plainText} {...text(field)} />}
        </FormField>
      ))}
    </>
  );
}
