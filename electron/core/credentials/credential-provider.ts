import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { SystemProxyResolver } from '../s3/system-proxy.js';
import { sourceOf } from '../../../shared/domain/credential-source.js';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { assumeRole } from './assume-role.js';
import type { AskMfaCode, StsPlace } from './assume-role.js';
import { roleCallerKeys } from './role-caller.js';
import type { ConnectionPlace } from './sign-in-network.js';
import type { ResolveConnection } from './role-caller.js';
import { awsProfileProvider } from './aws-profile-provider.js';
import { runCredentialProcess } from './credential-process.js';
import { refreshingProvider } from './refreshing-provider.js';
import { assumeRoleWithWebIdentity } from './web-identity.js';
import { ssoCredentials } from './sso.js';
import type { SsoOptions } from './sso.js';
import type { ShowDeviceCode } from './sso-token.js';

/** Where credential sources look: the home folder and environment of the AWS CLI files. */
export interface CredentialContext {
  homeDir: string;
  env?: NodeJS.ProcessEnv;
  /** Deadline of a credential process; tests use short ones. */
  processTimeoutMs?: number;
  /** Another saved connection's settings, for a role asked for with that connection's keys. */
  resolveConnection?: ResolveConnection;
  /** Asks the user for an MFA code; without it, a role that needs one cannot be assumed. */
  askMfaCode?: AskMfaCode;
  /** Shows an IAM Identity Center sign-in code; without it, an SSO sign-in cannot start. */
  showDeviceCode?: ShowDeviceCode;
  /** Where IAM Identity Center's OIDC and portal APIs answer, for a stand-in; AWS's when absent. */
  ssoEndpoint?: string;
  /** The host's way to ask the OS for a proxy, for sign-in hosts; without it, the environment. */
  systemProxy?: SystemProxyResolver | undefined;
}

/** Where and how `place`'s sign-in requests go: only the fields they need, not its keys. */
function stsPlaceOf(place: ConnectionPlace, context: CredentialContext): StsPlace {
  return {
    endpoint: place.endpoint,
    region: place.region,
    ...(place.name === undefined ? {} : { name: place.name }),
    network: place.network,
    proxyPassword: place.proxyPassword,
    systemProxy: context.systemProxy,
  };
}

/** How an SSO source signs in within `context`, for the connection at `place`. */
export function ssoOptions(context: CredentialContext, place: ConnectionPlace): SsoOptions {
  return {
    homeDir: context.homeDir,
    connectionName: place.name ?? '',
    showDeviceCode: context.showDeviceCode,
    oidcEndpoint: context.ssoEndpoint,
    portalEndpoint: context.ssoEndpoint,
    reach: stsPlaceOf(place, context),
  };
}

/** Keys a source gives, fetched again as they near expiry; undefined for static keys. */
export function credentialProviderFor(
  source: CredentialSource,
  context: CredentialContext,
  connection: ConnectionPlace = { endpoint: '', region: '' },
): AwsCredentialIdentityProvider | undefined {
  const place = stsPlaceOf(connection, context);
  const processOptions =
    context.processTimeoutMs === undefined ? {} : { timeoutMs: context.processTimeoutMs };
  switch (source.kind) {
    case 'static':
      return undefined;
    case 'process':
      return refreshingProvider(() => runCredentialProcess(source.command, processOptions), {
        label: `The credential process \`${source.command}\``,
      });
    case 'awsProfile':
      return awsProfileProvider(source.profileName, context, processOptions, (signIn) =>
        credentialProviderFor(signIn, context, connection),
      );
    case 'assumeRole': {
      // An AWS CLI profile caller's provider is made once: it follows its files itself, and so
      // keeps a chain's keys until they near expiry and an SSO sign-in's "declined" state.
      const profileCaller =
        source.caller.kind === 'awsProfile'
          ? credentialProviderFor(source.caller, context, connection)
          : undefined;
      return refreshingProvider(
        async () =>
          assumeRole(source, {
            // A caller connection signs in at its own endpoint, with its own network settings;
            // an AWS CLI profile has no place of its own: it signs in where the role does.
            callerKeys:
              profileCaller ??
              (await roleCallerKeys(source.caller, context, (callerSource, caller) =>
                credentialProviderFor(callerSource, context, caller ?? connection),
              )),
            place,
            askMfaCode: context.askMfaCode,
          }),
        { label: `The role ${source.roleArn}` },
      );
    }
    case 'webIdentity':
      return refreshingProvider(
        () => assumeRoleWithWebIdentity(source, { homeDir: context.homeDir, place }),
        { label: `The role ${source.roleArn}` },
      );
    case 'sso': {
      // After a sign-in the user canceled or let lapse, requests say the session ended rather
      // than open the dialog again at every request; "Sign in again" makes a new provider.
      let declined = false;
      return refreshingProvider(
        async () => {
          const options = ssoOptions(context, connection);
          try {
            return await ssoCredentials(
              source,
              declined ? { ...options, showDeviceCode: undefined } : options,
            );
          } catch (err) {
            const code = (err as { code?: string }).code;
            if (code === 'Canceled' || code === 'CredentialsExpired') declined = true;
            throw err;
          }
        },
        { label: `The IAM Identity Center role ${source.roleName}` },
      );
    }
  }
}

/** The settings with the provider of their credential source attached, for `createS3Client`. */
export function withCredentialProvider<
  T extends ConnectionPlace & { credentialSource?: CredentialSource | undefined },
>(
  settings: T,
  context: CredentialContext,
): T & { credentialProvider?: AwsCredentialIdentityProvider } {
  const credentialProvider = credentialProviderFor(sourceOf(settings), context, settings);
  return credentialProvider === undefined ? settings : { ...settings, credentialProvider };
}
