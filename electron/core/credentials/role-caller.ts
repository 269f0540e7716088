import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import type { RoleCaller } from '../../../shared/domain/assume-role.js';
import { sourceOf } from '../../../shared/domain/credential-source.js';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { awsConfigPaths } from './aws-config-paths.js';
import { awsProfileCredentials } from './aws-profile-credentials.js';
import type { ConnectionPlace } from './sign-in-network.js';

/**
 * A saved connection's place, name, source and (for static keys) its keys, as the profile store
 * gives them.
 */
export interface CallerConnection extends ConnectionPlace {
  name: string;
  credentialSource?: CredentialSource | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}
export type ResolveConnection = (connectionId: string) => Promise<CallerConnection>;

interface CallerContext {
  homeDir: string;
  env?: NodeJS.ProcessEnv;
  resolveConnection?: ResolveConnection;
}

/**
 * The keys a role is asked for with, read again at each renewal so a rotated key is used.
 * An AWS CLI profile caller gives keys however the profile does, as the AWS CLI follows a
 * `source_profile`: its own keys or credential_process, SSO, a web identity token, or another
 * role (chaining; the profile provider refuses loops and long chains, and renews a chain's first
 * session before it expires). A caller connection that itself assumes a role is still refused.
 */
export async function roleCallerKeys(
  caller: RoleCaller,
  context: CallerContext,
  providerOf: (
    source: CredentialSource,
    connection?: CallerConnection,
  ) => AwsCredentialIdentityProvider | undefined,
): Promise<AwsCredentialIdentityProvider> {
  if (caller.kind === 'environment') {
    const env = context.env ?? process.env;
    return () => Promise.resolve(environmentKeys(env));
  }
  if (caller.kind === 'awsProfile') {
    const provider = providerOf({ kind: 'awsProfile', profileName: caller.profileName });
    if (provider !== undefined) return provider;
    const paths = awsConfigPaths(context.homeDir, context.env);
    return () => awsProfileCredentials(caller.profileName, paths);
  }
  if (context.resolveConnection === undefined) {
    throw new AppError(
      'CredentialsUnavailable',
      'No saved connections are at hand to ask a role with.',
    );
  }
  const connection = await context.resolveConnection(caller.connectionId);
  const source = sourceOf(connection);
  if (source.kind === 'assumeRole') {
    throw new AppError(
      'CredentialsUnavailable',
      `The connection "${connection.name}" assumes a role itself; ask the role with a connection that has its own keys.`,
    );
  }
  const provider = providerOf(source, connection);
  if (provider !== undefined) return provider;
  const { accessKeyId, secretAccessKey, sessionToken } = connection;
  const keys = {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken === undefined ? {} : { sessionToken }),
  };
  return () => Promise.resolve(keys);
}

/** The keys the app was started with, as the AWS CLI's `credential_source = Environment` reads. */
function environmentKeys(env: NodeJS.ProcessEnv) {
  const accessKeyId = env['AWS_ACCESS_KEY_ID'] ?? '';
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'] ?? '';
  if (accessKeyId === '' || secretAccessKey === '') {
    throw new AppError(
      'CredentialsUnavailable',
      'The role is asked for with the environment’s keys, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set where Holdall was started.',
    );
  }
  const sessionToken = env['AWS_SESSION_TOKEN'] ?? '';
  return sessionToken === ''
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId, secretAccessKey, sessionToken };
}
