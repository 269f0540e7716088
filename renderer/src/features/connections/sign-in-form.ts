import type { CredentialSource } from '../../../../shared/domain/credential-source.js';
import type { RoleFormValues } from './role-form.js';

/**
 * The connection form's fields for web identity and IAM Identity Center, as typed. A web
 * identity source also uses the role fields' Role ARN and Session name.
 */
export interface SignInFormValues {
  webTokenFile: string;
  ssoStartUrl: string;
  ssoRegion: string;
  ssoAccountId: string;
  ssoRoleName: string;
  /** An AWS CLI sso-session name; empty for a legacy profile's start-URL session. */
  ssoSessionName: string;
}

export const emptySignInForm: SignInFormValues = {
  webTokenFile: '',
  ssoStartUrl: '',
  ssoRegion: 'us-east-1',
  ssoAccountId: '',
  ssoRoleName: '',
  ssoSessionName: '',
};

export function signInFormFrom(
  source: CredentialSource,
): Partial<RoleFormValues> & SignInFormValues {
  if (source.kind === 'webIdentity') {
    return {
      ...emptySignInForm,
      roleArn: source.roleArn,
      roleSessionName: source.sessionName,
      webTokenFile: source.tokenFile,
    };
  }
  if (source.kind === 'sso') {
    return {
      ...emptySignInForm,
      ssoStartUrl: source.startUrl,
      ssoRegion: source.ssoRegion,
      ssoAccountId: source.accountId,
      ssoRoleName: source.roleName,
      ssoSessionName: source.sessionName ?? '',
    };
  }
  return emptySignInForm;
}

/** The source the IAM Identity Center fields stand for, for the schema to judge. */
export function ssoFromForm(values: SignInFormValues): CredentialSource {
  const sessionName = values.ssoSessionName.trim();
  return {
    kind: 'sso',
    startUrl: values.ssoStartUrl,
    ssoRegion: values.ssoRegion,
    accountId: values.ssoAccountId,
    roleName: values.ssoRoleName,
    ...(sessionName === '' ? {} : { sessionName }),
  };
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
  startUrl: 'ssoStartUrl',
  ssoRegion: 'ssoRegion',
  accountId: 'ssoAccountId',
  roleName: 'ssoRoleName',
  sessionName: 'ssoSessionName',
};

/** The sign-in field a schema issue under `credentialSource` names, if it is one. */
export function signInIssueField(
  segment: PropertyKey | undefined,
): keyof SignInFormValues | undefined {
  return typeof segment === 'string' ? signInIssueFields[segment] : undefined;
}
