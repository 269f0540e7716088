import { readFile } from 'node:fs/promises';
import { AppError } from '../../../shared/contract/envelope.js';
import type { AwsCandidate } from '../../../shared/contract/channels/profiles.js';
import { describeIssues } from '../../../shared/contract/dispatch.js';
import { profileDraftSchema } from '../../../shared/domain/profile.js';
import type { Addressing, ProfileDraft, ProviderId } from '../../../shared/domain/profile.js';
import { providerInfo } from '../../../shared/domain/providers.js';
import { awsConfigPaths } from '../credentials/aws-config-paths.js';
import { parseIni, profileSections, servicesSection } from './aws-config-ini.js';
import { roleChainProblem } from './aws-config-chain.js';
import { signInSourceOf } from './aws-config-role.js';
import type { IniSections } from './aws-config-ini.js';

/**
 * A profile of the AWS CLI files: what the UI may see, plus the draft to save. The draft names
 * the profile as its credential source and holds no keys: they are read from the files when used.
 */
export interface AwsProfile {
  candidate: AwsCandidate;
  /** Present only when the profile can be imported. */
  draft?: ProfileDraft;
}

const DEFAULT_REGION = 'us-east-1';

async function readIni(path: string): Promise<IniSections> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new AppError('LocalFileError', `Cannot read ${path}: ${(err as Error).message}`);
  }
  return parseIni(text);
}

/** Why a profile has no keys at all, in the words of its own settings. */
function noKeysReason(hasId: boolean, hasSecret: boolean): string {
  if (hasId && !hasSecret) return 'Has an access key but no secret.';
  if (!hasId && hasSecret) return 'Has a secret but no access key.';
  return 'Has no access key and secret and no credential_process.';
}

function providerOf(endpoint: string): ProviderId {
  if (endpoint === '') return 'aws';
  let host: string;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return 'generic';
  }
  if (host.endsWith('.amazonaws.com')) return 'aws';
  if (host.endsWith('.jdcloud-oss.com')) return 'jdcloud';
  return 'generic';
}

function addressingOf(style: string | undefined, provider: ProviderId): Addressing {
  if (style === 'path' || style === 'virtual') return style;
  // "auto" or unset: what the provider serves best.
  return providerInfo(provider).defaultAddressing;
}

function profileOf(
  name: string,
  config: ReadonlyMap<string, string>,
  credentials: ReadonlyMap<string, string>,
  sections: IniSections,
  lookup: (name: string) => ReadonlyMap<string, string> | undefined,
): AwsProfile {
  // The credentials file wins for keys, as in the AWS CLI.
  const merged = new Map([...config, ...credentials]);
  const accessKeyId = merged.get('aws_access_key_id') ?? '';
  const secretAccessKey = merged.get('aws_secret_access_key') ?? '';
  const servicesName = config.get('services');
  const services = servicesName === undefined ? undefined : servicesSection(sections, servicesName);
  const endpoint =
    services?.get('s3.endpoint_url') ??
    config.get('s3.endpoint_url') ??
    config.get('endpoint_url') ??
    '';
  const provider = providerOf(endpoint);
  const candidate: AwsCandidate = {
    name,
    provider,
    region: merged.get('region') ?? DEFAULT_REGION,
    endpoint,
    addressing: addressingOf(config.get('s3.addressing_style'), provider),
    hasKeys: accessKeyId !== '' && secretAccessKey !== '',
  };
  // SSO or a role comes before keys in the same profile, as in the AWS CLI.
  const role = signInSourceOf(merged, sections);
  if (role !== undefined && 'reason' in role) {
    candidate.skipReason = role.reason;
    return { candidate };
  }
  // A role whose source_profile is another role, SSO or a process imports as such; a loop not.
  const chainProblem = role === undefined ? undefined : roleChainProblem(name, lookup);
  if (chainProblem !== undefined) {
    candidate.skipReason = chainProblem;
    return { candidate };
  }
  if (role !== undefined) {
    candidate.keysFrom = role.source.kind === 'assumeRole' ? 'role' : role.source.kind;
  } else if (candidate.hasKeys) {
    candidate.keysFrom = (merged.get('aws_session_token') ?? '') === '' ? 'keys' : 'temporaryKeys';
  } else if ((merged.get('credential_process') ?? '') !== '') {
    candidate.keysFrom = 'process';
  } else {
    candidate.skipReason = noKeysReason(accessKeyId !== '', secretAccessKey !== '');
    return { candidate };
  }
  const parsed = profileDraftSchema.safeParse({
    name,
    provider,
    endpoint,
    region: candidate.region,
    addressing: candidate.addressing,
    accessKeyId: '',
    credentialSource: role?.source ?? { kind: 'awsProfile', profileName: name },
  });
  if (!parsed.success) {
    candidate.skipReason = `Cannot be imported: ${describeIssues(parsed.error.issues)}.`;
    return { candidate };
  }
  return { candidate, draft: parsed.data };
}

/**
 * The profiles of `<home>/.aws/credentials` and `<home>/.aws/config` (or where
 * `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` point), default first.
 */
export async function readAwsProfiles(
  homeDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AwsProfile[]> {
  const paths = awsConfigPaths(homeDir, env);
  const [credentialsIni, configIni] = await Promise.all([
    readIni(paths.credentials),
    readIni(paths.config),
  ]);
  const credentials = profileSections(credentialsIni, 'credentials');
  const config = profileSections(configIni, 'config');
  const names = [...new Set([...credentials.keys(), ...config.keys()])].sort((a, b) =>
    a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b),
  );
  const empty = new Map<string, string>();
  const lookup = (name: string) =>
    config.has(name) || credentials.has(name)
      ? new Map([...(config.get(name) ?? empty), ...(credentials.get(name) ?? empty)])
      : undefined;
  return names.map((name) =>
    profileOf(name, config.get(name) ?? empty, credentials.get(name) ?? empty, configIni, lookup),
  );
}
