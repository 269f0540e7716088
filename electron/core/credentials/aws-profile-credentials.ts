import { readFile, stat } from 'node:fs/promises';
import type { AwsCredentialIdentity } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import { parseIni, profileSections } from '../services/aws-config-ini.js';
import type { AwsConfigPaths } from './aws-config-paths.js';
import { runCredentialProcess } from './credential-process.js';
import type { CredentialProcessOptions } from './credential-process.js';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new AppError('CredentialsUnavailable', `Cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Changes whenever either file is written, replaced, created or removed. */
export async function filesStamp(paths: AwsConfigPaths): Promise<string> {
  const one = async (path: string): Promise<string> => {
    try {
      const s = await stat(path);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return 'none';
    }
  };
  return `${await one(paths.config)}|${await one(paths.credentials)}`;
}

/** SSO and web identity profiles need their own sign-in, which an imported connection has. */
const IMPORT_IT = 'use it through Import from AWS CLI, which signs in the way the profile says.';

function unavailable(name: string, why: string): AppError {
  return new AppError('CredentialsUnavailable', `The AWS profile "${name}" ${why}`);
}

function keysOf(values: ReadonlyMap<string, string>): AwsCredentialIdentity | undefined {
  const accessKeyId = values.get('aws_access_key_id') ?? '';
  const secretAccessKey = values.get('aws_secret_access_key') ?? '';
  if (accessKeyId === '' || secretAccessKey === '') return undefined;
  const sessionToken = values.get('aws_session_token') ?? '';
  return sessionToken === ''
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId, secretAccessKey, sessionToken };
}

/**
 * The keys of one profile of the AWS CLI files, read now, in the AWS CLI's order: keys in the
 * credentials file, then the profile's `credential_process`, then keys in the config file.
 * Roles, SSO and web identity are refused by name: their imported connections sign in.
 */
export async function awsProfileCredentials(
  name: string,
  paths: AwsConfigPaths,
  processOptions: CredentialProcessOptions = {},
): Promise<AwsCredentialIdentity> {
  const [configText, credentialsText] = await Promise.all([
    readText(paths.config),
    readText(paths.credentials),
  ]);
  const config = profileSections(parseIni(configText), 'config').get(name);
  const credentials = profileSections(parseIni(credentialsText), 'credentials').get(name);
  if (config === undefined && credentials === undefined) {
    throw unavailable(name, `is in neither ${paths.config} nor ${paths.credentials}.`);
  }
  const empty = new Map<string, string>();
  // The AWS CLI takes a role or SSO before keys in the same profile: using the keys would be
  // another identity than the one the profile names.
  const merged = new Map([...(config ?? empty), ...(credentials ?? empty)]);
  if (merged.has('sso_session') || merged.has('sso_start_url')) {
    throw unavailable(name, `signs in with IAM Identity Center (SSO); ${IMPORT_IT}`);
  }
  if (merged.has('web_identity_token_file')) {
    throw unavailable(name, `uses a web identity token file; ${IMPORT_IT}`);
  }
  if (merged.has('role_arn')) {
    throw unavailable(name, 'assumes a role (role_arn), which Holdall cannot use yet.');
  }
  const fromCredentials = keysOf(credentials ?? empty);
  if (fromCredentials !== undefined) return fromCredentials;
  const command = credentials?.get('credential_process') ?? config?.get('credential_process');
  if (command !== undefined && command !== '') return runCredentialProcess(command, processOptions);
  const fromConfig = keysOf(config ?? empty);
  if (fromConfig !== undefined) return fromConfig;
  throw unavailable(name, 'has no access key and secret and no credential_process.');
}
