import { ROLE_DURATION_DEFAULT_SECONDS } from '../../../../shared/domain/assume-role.js';
import type { RoleCaller } from '../../../../shared/domain/assume-role.js';
import type { CredentialSource } from '../../../../shared/domain/credential-source.js';

/** The connection form's fields for a role, as typed. */
export interface RoleFormValues {
  /** `connection:ID` or `awsProfile:NAME`: whose keys ask for the role. */
  roleCaller: string;
  roleArn: string;
  roleSessionName: string;
  roleExternalId: string;
  /** Seconds as typed. */
  roleDuration: string;
  roleMfaSerial: string;
}

export const emptyRoleForm: RoleFormValues = {
  roleCaller: '',
  roleArn: '',
  roleSessionName: 'holdall',
  roleExternalId: '',
  roleDuration: String(ROLE_DURATION_DEFAULT_SECONDS),
  roleMfaSerial: '',
};

export function callerValue(caller: RoleCaller): string {
  if (caller.kind === 'environment') return 'environment';
  return caller.kind === 'connection'
    ? `connection:${caller.connectionId}`
    : `awsProfile:${caller.profileName}`;
}

function callerOf(value: string): RoleCaller {
  if (value === 'environment') return { kind: 'environment' };
  if (value.startsWith('awsProfile:')) {
    return { kind: 'awsProfile', profileName: value.slice('awsProfile:'.length) };
  }
  return { kind: 'connection', connectionId: value.replace(/^connection:/, '') };
}

export function roleFormFrom(source: CredentialSource): RoleFormValues {
  if (source.kind !== 'assumeRole') return emptyRoleForm;
  return {
    roleCaller: callerValue(source.caller),
    roleArn: source.roleArn,
    roleSessionName: source.sessionName,
    roleExternalId: source.externalId ?? '',
    roleDuration: String(source.durationSeconds),
    roleMfaSerial: source.mfaSerial ?? '',
  };
}

/** The source the role fields stand for, for the schema to judge (NaN names a bad duration). */
export function roleSourceFromForm(values: RoleFormValues): CredentialSource {
  const typedDuration = values.roleDuration.trim();
  const externalId = values.roleExternalId.trim();
  const mfaSerial = values.roleMfaSerial.trim();
  return {
    kind: 'assumeRole',
    caller: callerOf(values.roleCaller),
    roleArn: values.roleArn,
    sessionName: values.roleSessionName,
    durationSeconds: /^\d+$/.test(typedDuration) ? Number(typedDuration) : Number.NaN,
    ...(externalId === '' ? {} : { externalId }),
    ...(mfaSerial === '' ? {} : { mfaSerial }),
  };
}

const roleIssueFields: Readonly<Record<string, keyof RoleFormValues>> = {
  caller: 'roleCaller',
  roleArn: 'roleArn',
  sessionName: 'roleSessionName',
  externalId: 'roleExternalId',
  durationSeconds: 'roleDuration',
  mfaSerial: 'roleMfaSerial',
};

/** The role field a schema issue under `credentialSource` names, if it is one. */
export function roleIssueField(segment: PropertyKey | undefined): keyof RoleFormValues | undefined {
  return typeof segment === 'string' ? roleIssueFields[segment] : undefined;
}
