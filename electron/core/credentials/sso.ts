import { GetRoleCredentialsCommand, LogoutCommand, SSOClient } from '@aws-sdk/client-sso';
import type { AwsCredentialIdentity } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import type { SsoSource } from '../../../shared/domain/sso.js';
import { awsEndpoint } from '../s3/aws-endpoints.js';
import { signInHandler } from './sign-in-network.js';
import { deleteSsoToken, readSsoToken, ssoCachePath } from './sso-cache.js';
import { expiredSession, ssoToken } from './sso-token.js';
import type { SsoTokenOptions } from './sso-token.js';

export interface SsoOptions extends SsoTokenOptions {
  /** Where the SSO portal answers; AWS's regional one when absent. */
  portalEndpoint?: string | undefined;
}

const REQUEST_TIMEOUT_MS = 15_000;

async function portalClient(source: SsoSource, options: SsoOptions): Promise<SSOClient> {
  const reached = options.portalEndpoint ?? awsEndpoint('portal.sso', source.ssoRegion);
  return new SSOClient({
    region: source.ssoRegion,
    ...(options.portalEndpoint === undefined ? {} : { endpoint: options.portalEndpoint }),
    requestHandler: await signInHandler(
      options.reach,
      reached,
      options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    ),
  });
}

/**
 * Temporary keys for the role of `source`, from the SSO portal with the session's token
 * (signing in first when there is none). A token the portal no longer accepts ends the session.
 */
export async function ssoCredentials(
  source: SsoSource,
  options: SsoOptions,
  force = false,
): Promise<AwsCredentialIdentity> {
  const accessToken = await ssoToken(source, options, force);
  const client = await portalClient(source, options);
  try {
    const answer = await client.send(
      new GetRoleCredentialsCommand({
        accessToken,
        accountId: source.accountId,
        roleName: source.roleName,
      }),
      { abortSignal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS) },
    );
    const keys = answer.roleCredentials;
    if (keys?.accessKeyId === undefined || keys.secretAccessKey === undefined) {
      throw new AppError('CredentialsUnavailable', 'The SSO portal answered without keys.');
    }
    return {
      accessKeyId: keys.accessKeyId,
      secretAccessKey: keys.secretAccessKey,
      ...(keys.sessionToken === undefined ? {} : { sessionToken: keys.sessionToken }),
      ...(keys.expiration === undefined ? {} : { expiration: new Date(keys.expiration) }),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const name = (err as { name?: string }).name;
    if (name === 'UnauthorizedException') throw expiredSession(source);
    if (name === 'ForbiddenException' || name === 'ResourceNotFoundException') {
      throw new AppError(
        'CredentialsUnavailable',
        `IAM Identity Center does not give this sign-in the role ${source.roleName} in account ${source.accountId}.`,
      );
    }
    throw new AppError(
      'CredentialsUnavailable',
      `The SSO portal answered ${name ?? 'Error'}: ${(err as Error).message}`,
    );
  } finally {
    client.destroy();
  }
}

/** Ends the session at the portal (best effort: the token may be gone) and deletes its cache. */
export async function ssoSignOut(source: SsoSource, options: SsoOptions): Promise<void> {
  const path = ssoCachePath(options.homeDir, source);
  const cached = await readSsoToken(path);
  if (cached !== undefined) {
    // A proxy the system cannot name fails the logout, not the sign-out.
    const client = await portalClient(source, options).catch(() => undefined);
    try {
      await client?.send(new LogoutCommand({ accessToken: cached.accessToken }), {
        abortSignal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
      });
    } catch {
      // Signed out here either way: the cached token is deleted below.
    } finally {
      client?.destroy();
    }
  }
  await deleteSsoToken(path);
}
