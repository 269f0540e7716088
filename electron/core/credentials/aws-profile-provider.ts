import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { awsConfigPaths } from './aws-config-paths.js';
import { awsProfileCredentials, awsProfileSignIn, filesStamp } from './aws-profile-credentials.js';
import type { CredentialProcessOptions } from './credential-process.js';
import { refreshingProvider } from './refreshing-provider.js';

interface ProfileContext {
  homeDir: string;
  env?: NodeJS.ProcessEnv | undefined;
}

/**
 * Keys of an "AWS CLI profile" connection, following the profile's kind at each read: its own
 * keys or credential_process, or the SSO, web identity or role sign-in it names, through the
 * same provider (device flow, token cache, STS) a connection of that source has. The files are
 * read again whenever they change; the sign-in's provider is kept while the profile names the
 * same sign-in, so its keys, token and "declined" state survive an unrelated edit.
 */
export function awsProfileProvider(
  profileName: string,
  context: ProfileContext,
  processOptions: CredentialProcessOptions,
  providerOf: (source: CredentialSource) => AwsCredentialIdentityProvider | undefined,
): AwsCredentialIdentityProvider {
  const paths = awsConfigPaths(context.homeDir, context.env);
  let stamp: string | undefined;
  let signIn: { key: string; provider: AwsCredentialIdentityProvider } | undefined;
  return refreshingProvider(
    async () => {
      // Taken before reading, so a write during the read is seen at the next request.
      stamp = await filesStamp(paths);
      const source = await awsProfileSignIn(profileName, paths);
      if (source === undefined) {
        signIn = undefined;
        return awsProfileCredentials(profileName, paths, processOptions);
      }
      const key = JSON.stringify(source);
      if (signIn?.key !== key) {
        const provider = providerOf(source);
        // Every sign-in source has a provider; only static keys have none.
        if (provider === undefined) return awsProfileCredentials(profileName, paths);
        signIn = { key, provider };
      }
      return signIn.provider();
    },
    {
      label: `The AWS profile "${profileName}"`,
      changed: async () => (await filesStamp(paths)) !== stamp,
    },
  );
}

/** The source a connection signs in with now: an AWS CLI profile's own sign-in, if it names one. */
export async function liveSourceOf(
  source: CredentialSource,
  context: ProfileContext,
): Promise<CredentialSource> {
  if (source.kind !== 'awsProfile') return source;
  const signIn = await awsProfileSignIn(
    source.profileName,
    awsConfigPaths(context.homeDir, context.env),
  );
  return signIn ?? source;
}
