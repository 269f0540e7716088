import { AppError } from '../../../shared/contract/envelope.js';
import { sourceOf } from '../../../shared/domain/credential-source.js';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { liveSourceOf } from './aws-profile-provider.js';
import { ssoOptions } from './credential-provider.js';
import type { CredentialContext } from './credential-provider.js';
import type { ConnectionPlace } from './sign-in-network.js';
import { ssoCredentials, ssoSignOut } from './sso.js';

/** A saved connection: its sign-in takes the connection's network settings. */
interface Connection extends ConnectionPlace {
  name: string;
  credentialSource?: CredentialSource | undefined;
}

/**
 * "Sign in again" for a connection whose session ended: an IAM Identity Center source (or an
 * AWS CLI profile naming one) runs the browser sign-in now, whatever its cache holds. Other
 * sources sign in when the caller next drops the keys it holds and asks (an MFA role asks for
 * a code then).
 */
export async function signInAgain(connection: Connection, context: CredentialContext) {
  const source = await liveSourceOf(sourceOf(connection), context);
  if (source.kind === 'sso') await ssoCredentials(source, ssoOptions(context, connection), true);
}

/** Ends the IAM Identity Center session of a connection; other sources have none to end. */
export async function signOut(connection: Connection, context: CredentialContext) {
  const source = await liveSourceOf(sourceOf(connection), context);
  if (source.kind !== 'sso') {
    throw new AppError(
      'InvalidInput',
      `The connection "${connection.name}" does not sign in with IAM Identity Center.`,
    );
  }
  await ssoSignOut(source, ssoOptions(context, connection));
}

/**
 * The summaries with `signIn` set for each AWS CLI profile connection, from its profile read
 * now: only what the window needs to offer Sign out, never the profile's settings. A profile
 * that cannot be read says null; using the connection will say why.
 */
export function withProfileSignIn<T extends { credentialSource?: CredentialSource | undefined }>(
  profiles: readonly T[],
  context: CredentialContext,
): Promise<(T & { signIn?: 'sso' | null })[]> {
  return Promise.all(
    profiles.map(async (profile) => {
      const source = sourceOf(profile);
      if (source.kind !== 'awsProfile') return profile;
      const live = await liveSourceOf(source, context).catch(() => undefined);
      return { ...profile, signIn: live?.kind === 'sso' ? ('sso' as const) : null };
    }),
  );
}
