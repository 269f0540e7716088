import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { sourceOf } from '../../../shared/domain/credential-source.js';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { awsConfigPaths } from './aws-config-paths.js';
import { awsProfileCredentials, filesStamp } from './aws-profile-credentials.js';
import { runCredentialProcess } from './credential-process.js';
import { refreshingProvider } from './refreshing-provider.js';

/** Where credential sources look: the home folder and environment of the AWS CLI files. */
export interface CredentialContext {
  homeDir: string;
  env?: NodeJS.ProcessEnv;
  /** Deadline of a credential process; tests use short ones. */
  processTimeoutMs?: number;
}

/** Keys a source gives, fetched again as they near expiry; undefined for static keys. */
export function credentialProviderFor(
  source: CredentialSource,
  context: CredentialContext,
): AwsCredentialIdentityProvider | undefined {
  const processOptions =
    context.processTimeoutMs === undefined ? {} : { timeoutMs: context.processTimeoutMs };
  switch (source.kind) {
    case 'static':
      return undefined;
    case 'process':
      return refreshingProvider(() => runCredentialProcess(source.command, processOptions), {
        label: `The credential process \`${source.command}\``,
      });
    case 'awsProfile': {
      const paths = awsConfigPaths(context.homeDir, context.env);
      let stamp: string | undefined;
      return refreshingProvider(
        async () => {
          // Taken before reading, so a write during the read is seen at the next request.
          stamp = await filesStamp(paths);
          return awsProfileCredentials(source.profileName, paths, processOptions);
        },
        {
          label: `The AWS profile "${source.profileName}"`,
          changed: async () => (await filesStamp(paths)) !== stamp,
        },
      );
    }
  }
}

/** The settings with the provider of their credential source attached, for `createS3Client`. */
export function withCredentialProvider<
  T extends { credentialSource?: CredentialSource | undefined },
>(
  settings: T,
  context: CredentialContext,
): T & { credentialProvider?: AwsCredentialIdentityProvider } {
  const credentialProvider = credentialProviderFor(sourceOf(settings), context);
  return credentialProvider === undefined ? settings : { ...settings, credentialProvider };
}
