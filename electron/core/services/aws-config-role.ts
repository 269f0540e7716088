import {
  assumeRoleSourceSchema,
  ROLE_DURATION_DEFAULT_SECONDS,
} from '../../../shared/domain/assume-role.js';
import type { AssumeRoleSource } from '../../../shared/domain/assume-role.js';
import { webIdentitySourceSchema } from '../../../shared/domain/web-identity.js';
import type { WebIdentitySource } from '../../../shared/domain/web-identity.js';
import { ssoSourceSchema } from '../../../shared/domain/sso.js';
import type { SsoSource } from '../../../shared/domain/sso.js';
import { describeIssues } from '../../../shared/contract/dispatch.js';
import { servicesSection } from './aws-config-ini.js';
import type { IniSections } from './aws-config-ini.js';

/** A source that signs in its own way, as a profile of the AWS CLI files may name one. */
export type SignInSource = SsoSource | WebIdentitySource | AssumeRoleSource;

/**
 * What a profile signs in with besides keys, in the AWS CLI's order: SSO (`sso_session` or the
 * legacy `sso_start_url`) before a web identity token file before a role with a
 * `source_profile`, all before keys in the same profile. Undefined when the profile holds keys
 * or a `credential_process`; a reason when it names a sign-in Holdall cannot follow.
 * `merged`: the profile's settings, the credentials file's over the config file's; `config`:
 * the config file's sections, where an `[sso-session NAME]` lives.
 */
export function signInSourceOf(
  merged: ReadonlyMap<string, string>,
  config: IniSections,
): { source: SignInSource } | { reason: string } | undefined {
  const sessionName = merged.get('sso_session');
  if (sessionName !== undefined || merged.has('sso_start_url'))
    return ssoSourceOf(
      merged,
      sessionName === undefined ? undefined : servicesSection(config, sessionName, 'sso-session'),
    );
  if (merged.has('web_identity_token_file')) return webIdentitySourceOf(merged);
  if (merged.has('role_arn')) return roleSourceOf(merged);
  return undefined;
}

/**
 * The AssumeRole source an AWS CLI role profile stands for (`role_arn` with `source_profile`,
 * or `credential_source = Environment`, and optional `role_session_name`, `external_id`,
 * `duration_seconds`, `mfa_serial`), or why it cannot be one. The other credential_source values
 * (an EC2 instance's or a container's own keys) have no meaning on a desktop and are refused.
 */
export function roleSourceOf(
  values: ReadonlyMap<string, string>,
): { source: AssumeRoleSource } | { reason: string } {
  const sourceProfile = values.get('source_profile') ?? '';
  const credentialSource = values.get('credential_source') ?? '';
  if (sourceProfile === '' && credentialSource !== 'Environment') {
    return credentialSource !== ''
      ? {
          reason: `Assumes a role with credential_source ${credentialSource} (an EC2 instance's or a container's own keys), which Holdall on a desktop cannot reach; use source_profile or credential_source = Environment.`,
        }
      : { reason: 'Assumes a role (role_arn) without a source_profile to ask for it with.' };
  }
  const duration = values.get('duration_seconds');
  const optional = (key: string) => {
    const value = values.get(key) ?? '';
    return value === '' ? undefined : value;
  };
  const externalId = optional('external_id');
  const mfaSerial = optional('mfa_serial');
  const parsed = assumeRoleSourceSchema.safeParse({
    kind: 'assumeRole',
    // The AWS CLI takes source_profile when both are set.
    caller:
      sourceProfile === ''
        ? { kind: 'environment' }
        : { kind: 'awsProfile', profileName: sourceProfile },
    roleArn: values.get('role_arn') ?? '',
    sessionName: optional('role_session_name') ?? 'holdall',
    durationSeconds:
      duration === undefined ? ROLE_DURATION_DEFAULT_SECONDS : Number.parseInt(duration, 10),
    ...(externalId === undefined ? {} : { externalId }),
    ...(mfaSerial === undefined ? {} : { mfaSerial }),
  });
  if (!parsed.success)
    return { reason: `Cannot be imported: ${describeIssues(parsed.error.issues)}.` };
  return { source: parsed.data };
}

/**
 * The web identity source of an AWS CLI profile with `web_identity_token_file` (with `role_arn`
 * and an optional `role_session_name`), or why it cannot be one.
 */
export function webIdentitySourceOf(
  values: ReadonlyMap<string, string>,
): { source: WebIdentitySource } | { reason: string } {
  if ((values.get('role_arn') ?? '') === '') {
    return { reason: 'Has a web_identity_token_file but no role_arn to trade its token for.' };
  }
  const sessionName = values.get('role_session_name') ?? '';
  const parsed = webIdentitySourceSchema.safeParse({
    kind: 'webIdentity',
    roleArn: values.get('role_arn'),
    sessionName: sessionName === '' ? 'holdall' : sessionName,
    tokenFile: values.get('web_identity_token_file'),
  });
  if (!parsed.success)
    return { reason: `Cannot be imported: ${describeIssues(parsed.error.issues)}.` };
  return { source: parsed.data };
}

/**
 * The IAM Identity Center source of an AWS CLI SSO profile: `sso_session` naming an
 * `[sso-session NAME]` section (with `sso_start_url` and `sso_region`), or the legacy
 * `sso_start_url` and `sso_region` in the profile itself; with `sso_account_id` and
 * `sso_role_name`. `session` is the named section, if the profile names one.
 */
export function ssoSourceOf(
  values: ReadonlyMap<string, string>,
  session: ReadonlyMap<string, string> | undefined,
): { source: SsoSource } | { reason: string } {
  const sessionName = values.get('sso_session');
  if (sessionName !== undefined && session === undefined) {
    return { reason: `Names the sso-session ${sessionName}, which the config file does not hold.` };
  }
  const from = session ?? values;
  const parsed = ssoSourceSchema.safeParse({
    kind: 'sso',
    startUrl: from.get('sso_start_url') ?? '',
    ssoRegion: from.get('sso_region') ?? '',
    accountId: values.get('sso_account_id') ?? '',
    roleName: values.get('sso_role_name') ?? '',
    ...(sessionName === undefined ? {} : { sessionName }),
  });
  if (!parsed.success) {
    // Named as the config file names them, where the user will mend them.
    const issues = parsed.error.issues.map((issue) => ({
      ...issue,
      path: issue.path.map((key) => ssoSettingNames[String(key)] ?? key),
    }));
    return {
      reason: `Signs in with IAM Identity Center (SSO), but cannot be imported: ${describeIssues(issues)}.`,
    };
  }
  return { source: parsed.data };
}

const ssoSettingNames: Readonly<Record<string, string>> = {
  startUrl: 'sso_start_url',
  ssoRegion: 'sso_region',
  accountId: 'sso_account_id',
  roleName: 'sso_role_name',
  sessionName: 'sso_session',
};
