import { readFile, stat } from 'node:fs/promises';
import type { AwsCredentialIdentity } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import { parseIni, profileSections } from '../services/aws-config-ini.js';
import type { IniSections } from '../services/aws-config-ini.js';
import { roleChainProblem } from '../services/aws-config-chain.js';
import { signInSourceOf } from '../services/aws-config-role.js';
import type { SignInSource } from '../services/aws-config-role.js';
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

function unavailable(name: string, why: string): AppError {
  return new AppError('CredentialsUnavailable', `The AWS profile "${name}" ${why}`);
}

interface ReadProfile {
  config: ReadonlyMap<string, string> | undefined;
  credentials: ReadonlyMap<string, string> | undefined;
  /** The credentials file's settings over the config file's, as the AWS CLI reads them. */
  merged: ReadonlyMap<string, string>;
  configSections: IniSections;
  /** Any profile of both files, merged the same way: for following `source_profile` links. */
  profileOf: (name: string) => ReadonlyMap<string, string> | undefined;
}

/** One profile of both files, read now; refused by name when neither file holds it. */
async function readProfile(name: string, paths: AwsConfigPaths): Promise<ReadProfile> {
  const [configText, credentialsText] = await Promise.all([
    readText(paths.config),
    readText(paths.credentials),
  ]);
  const configSections = parseIni(configText);
  const configProfiles = profileSections(configSections, 'config');
  const credentialsProfiles = profileSections(parseIni(credentialsText), 'credentials');
  const profileOf = (other: string) => {
    const fromConfig = configProfiles.get(other);
    const fromCredentials = credentialsProfiles.get(other);
    if (fromConfig === undefined && fromCredentials === undefined) return undefined;
    return new Map([...(fromConfig ?? []), ...(fromCredentials ?? [])]);
  };
  const config = configProfiles.get(name);
  const credentials = credentialsProfiles.get(name);
  const merged = profileOf(name);
  if (merged === undefined) {
    throw unavailable(name, `is in neither ${paths.config} nor ${paths.credentials}.`);
  }
  return { config, credentials, merged, configSections, profileOf };
}

/**
 * How a profile signs in, read now so an edit of the files is followed: an SSO, web identity
 * or role source as Import from AWS CLI would make of it, or undefined when the profile's own
 * keys or `credential_process` give the keys (awsProfileCredentials).
 */
export async function awsProfileSignIn(
  name: string,
  paths: AwsConfigPaths,
): Promise<SignInSource | undefined> {
  const { merged, configSections, profileOf } = await readProfile(name, paths);
  const signIn = signInSourceOf(merged, configSections);
  // A loop would ask STS without end; checked at each read, as the files may change.
  const problem =
    signIn !== undefined && 'reason' in signIn ? signIn.reason : roleChainProblem(name, profileOf);
  if (problem !== undefined || (signIn !== undefined && 'reason' in signIn)) {
    const why = problem ?? '';
    // The reason names the profile's settings; lower-cased to follow the profile's name.
    throw unavailable(name, why.charAt(0).toLowerCase() + why.slice(1));
  }
  return signIn?.source;
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
 * A profile that signs in otherwise (SSO, web identity, a role) is refused by name: a connection,
 * and a role whose source_profile it is, follow it through awsProfileSignIn.
 */
export async function awsProfileCredentials(
  name: string,
  paths: AwsConfigPaths,
  processOptions: CredentialProcessOptions = {},
): Promise<AwsCredentialIdentity> {
  const { config, credentials, merged } = await readProfile(name, paths);
  const empty = new Map<string, string>();
  // The AWS CLI takes a role or SSO before keys in the same profile: using the keys would be
  // another identity than the one the profile names.
  if (merged.has('sso_session') || merged.has('sso_start_url')) {
    throw unavailable(name, 'signs in with IAM Identity Center (SSO), not with keys of its own.');
  }
  if (merged.has('web_identity_token_file')) {
    throw unavailable(name, 'uses a web identity token file, not keys of its own.');
  }
  if (merged.has('role_arn')) {
    throw unavailable(name, 'assumes a role (role_arn) itself, not with keys of its own.');
  }
  const fromCredentials = keysOf(credentials ?? empty);
  if (fromCredentials !== undefined) return fromCredentials;
  const command = credentials?.get('credential_process') ?? config?.get('credential_process');
  if (command !== undefined && command !== '') return runCredentialProcess(command, processOptions);
  const fromConfig = keysOf(config ?? empty);
  if (fromConfig !== undefined) return fromConfig;
  throw unavailable(name, 'has no access key and secret and no credential_process.');
}
