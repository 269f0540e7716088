import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import type { AwsCandidate } from '../../../shared/contract/channels/profiles.js';
import { describeIssues } from '../../../shared/contract/dispatch.js';
import { profileDraftSchema } from '../../../shared/domain/profile.js';
import type { Addressing, ProfileDraft, ProviderId } from '../../../shared/domain/profile.js';
import { providerInfo } from '../../../shared/domain/providers.js';
import { parseIni, profileSections, servicesSection } from './aws-config-ini.js';
import type { IniSections } from './aws-config-ini.js';

/** A profile of the AWS CLI files: what the UI may see, plus the draft to save (with keys). */
export interface AwsProfile {
  candidate: AwsCandidate;
  /** Present only when the profile can be imported. */
  draft?: ProfileDraft;
}

const DEFAULT_REGION = 'us-east-1';
const NEEDS_KEYS = 'Holdall needs a long-term access key and secret.';

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

/** Why a profile without static keys has none, in the words of its own settings. */
function noKeysReason(values: ReadonlyMap<string, string>, hasId: boolean, hasSecret: boolean) {
  if (values.has('sso_session') || values.has('sso_start_url')) {
    return `Signs in with AWS IAM Identity Center (SSO). ${NEEDS_KEYS}`;
  }
  if (values.has('role_arn')) return `Assumes a role (role_arn). ${NEEDS_KEYS}`;
  if (values.has('credential_process')) {
    return `Gets its keys from a program (credential_process). ${NEEDS_KEYS}`;
  }
  if (hasId && !hasSecret) return 'Has an access key but no secret.';
  if (!hasId && hasSecret) return 'Has a secret but no access key.';
  return 'Has no access key and secret.';
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
  if (!candidate.hasKeys) {
    candidate.skipReason = noKeysReason(merged, accessKeyId !== '', secretAccessKey !== '');
    return { candidate };
  }
  if (merged.has('aws_session_token')) {
    candidate.skipReason = `Holds temporary keys (aws_session_token) that expire. ${NEEDS_KEYS}`;
    return { candidate };
  }
  const parsed = profileDraftSchema.safeParse({
    name,
    provider,
    endpoint,
    region: candidate.region,
    addressing: candidate.addressing,
    accessKeyId,
    secretAccessKey,
  });
  if (!parsed.success) {
    candidate.skipReason = `Cannot be imported: ${describeIssues(parsed.error.issues)}.`;
    return { candidate };
  }
  return { candidate, draft: parsed.data };
}

/** The profiles of `<home>/.aws/credentials` and `<home>/.aws/config`, default first. */
export async function readAwsProfiles(homeDir: string): Promise<AwsProfile[]> {
  const [credentialsIni, configIni] = await Promise.all([
    readIni(join(homeDir, '.aws', 'credentials')),
    readIni(join(homeDir, '.aws', 'config')),
  ]);
  const credentials = profileSections(credentialsIni, 'credentials');
  const config = profileSections(configIni, 'config');
  const names = [...new Set([...credentials.keys(), ...config.keys()])].sort((a, b) =>
    a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b),
  );
  const empty = new Map<string, string>();
  return names.map((name) =>
    profileOf(name, config.get(name) ?? empty, credentials.get(name) ?? empty, configIni),
  );
}
