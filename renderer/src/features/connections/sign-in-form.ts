import type { CredentialSource } from '../../../../shared/domain/credential-source.js';
import type { RoleFormValues } from './role-form.js';

/**
 * The connection form's fields for web identity, as typed. A web identity source also uses the
 * role fields' Role ARN and Session name.
 */
export interface SignInFormValues {
  webTokenFile: string;
}

export const emptySignInForm: SignInFormValues = {
  webTokenFile: '',
};

export function signInFormFrom(
  source: CredentialSource,
): Partial<RoleFormValues> & SignInFormValues {
  if (source.kind === 'webIdentity') {
    return {
      roleArn: source.roleArn,
      roleSessionName: source.sessionName,
      webTokenFile: source.tokenFile,
    };
  }
  return emptySignInForm;
}

/** The source the web identity fields stand for, for the schema to judge. */
export function webIdentityFromForm(values: SignInFormValues & RoleFormValues): CredentialSource {
  return {
    kind: 'webIdentity',
    roleArn: values.roleArn,
    sessionName: values.roleSessionName,
    tokenFile: values.webTokenFile,
  };
}

const signInIssueFields: Readonly<Record<string, keyof SignInFormValues>> = {
  tokenFile: 'webTokenFile',
};

/** The sign-in field a schema issue under `credentialSource` names, if it is one. */
export function signInIssueField(
  segment: PropertyKey | undefined,
): keyof SignInFormValues | undefined {
  return typeof segment === 'string' ? signInIssueFields[segment] : undefined;
}
