import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AssumeRoleCommandInput, Credentials, STSClientConfig } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import { mfaCodeSchema } from '../../../shared/domain/assume-role.js';
import type { AssumeRoleSource } from '../../../shared/domain/assume-role.js';
import { awsEndpoint } from '../s3/aws-endpoints.js';
import { signInHandler } from './sign-in-network.js';
import type { SignInNetwork } from './sign-in-network.js';

/** What the core tells the user when a role needs an MFA code; the answer is the code. */
export interface MfaCodeRequest {
  /** The connection signing in, as the user named it. */
  connectionName: string;
  roleArn: string;
  mfaSerial: string;
}
export type AskMfaCode = (request: MfaCodeRequest) => Promise<string>;

/**
 * Where STS is asked: RGW serves it on the S3 endpoint; an empty endpoint means AWS's own. The
 * connection's network settings apply to it as to the connection's S3 requests.
 */
export interface StsPlace extends SignInNetwork {
  region: string;
  /** The connection's name, for the MFA prompt. */
  name?: string;
}

export interface AssumeRoleOptions {
  callerKeys: AwsCredentialIdentityProvider;
  place: StsPlace;
  askMfaCode?: AskMfaCode | undefined;
  /** Deadline of one STS request. */
  timeoutMs?: number;
}

export const STS_TIMEOUT_MS = 15_000;

/** STS's refusals in plain words; anything else keeps the server's own message. */
const refused = 'the role does not trust these keys, or the MFA code or external ID is wrong';
const plainReasons: Readonly<Record<string, string>> = {
  AccessDenied: refused,
  Forbidden: refused,
  NoSuchEntity: 'no such role exists on this server',
  // RGW answers an unknown role with a bare 404, which the SDK names after the status.
  NotFound: 'no such role exists on this server',
  InvalidClientTokenId: 'the server does not know the access key it was asked with',
  SignatureDoesNotMatch: 'the secret key it was asked with is wrong',
  ExpiredToken: 'the keys it was asked with have expired',
  ExpiredTokenException: 'the web identity token has expired; get a fresh one from its issuer',
  InvalidIdentityToken: 'the web identity token was refused by the identity provider',
  IDPRejectedClaim: 'the web identity token was refused by the identity provider',
  RegionDisabledException: 'STS is not enabled in this region',
};

/** Failures on the way (TLS, proxy, socket) carry a Node code and no answer from STS. */
function failedOnTheWay(err: unknown): boolean {
  const { code, $metadata } = err as { code?: unknown; $metadata?: { httpStatusCode?: number } };
  return typeof code === 'string' && $metadata?.httpStatusCode === undefined;
}

function roleError(roleArn: string, err: unknown): unknown {
  if (err instanceof AppError) return err;
  // Said like the same failure of an S3 request ("not trusted", "cannot reach the proxy").
  if (failedOnTheWay(err)) return err;
  const name = (err as { name?: string }).name ?? 'Error';
  const message = (err as { message?: string }).message ?? String(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  // RGW answers what it refuses (STS turned off, an MFA code it cannot check) with a bare status.
  const bare = name === 'Unknown' && status !== undefined;
  const reason =
    plainReasons[name] ??
    (bare
      ? `the server refused the request (HTTP ${status}) without saying why; it may not serve STS, or not support one of these settings (such as an MFA device)`
      : `the server answered ${name}: ${message}`);
  const code =
    name === 'ExpiredToken' || name === 'ExpiredTokenException'
      ? 'CredentialsExpired'
      : 'CredentialsUnavailable';
  return new AppError(code, `Could not assume the role ${roleArn}: ${reason}.`);
}

function identityOf(credentials: Credentials | undefined, roleArn: string): AwsCredentialIdentity {
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
  if (AccessKeyId === undefined || SecretAccessKey === undefined || SessionToken === undefined) {
    throw new AppError(
      'CredentialsUnavailable',
      `Could not assume the role ${roleArn}: the server's answer held no temporary keys.`,
    );
  }
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    ...(Expiration === undefined ? {} : { expiration: Expiration }),
  };
}

/** The code for `source`'s MFA device, asked of the user now and checked; never kept. */
async function mfaFields(
  source: AssumeRoleSource,
  ask: AskMfaCode | undefined,
  connectionName: string,
): Promise<Pick<AssumeRoleCommandInput, 'SerialNumber' | 'TokenCode'>> {
  if (source.mfaSerial === undefined) return {};
  if (ask === undefined) {
    throw new AppError(
      'CredentialsUnavailable',
      `The role ${source.roleArn} needs an MFA code, and nothing here can ask for one.`,
    );
  }
  const typed = mfaCodeSchema.safeParse(
    await ask({ connectionName, roleArn: source.roleArn, mfaSerial: source.mfaSerial }),
  );
  if (!typed.success) {
    throw new AppError(
      'InvalidInput',
      'The MFA code must be the 6 digits your authenticator shows.',
    );
  }
  return { SerialNumber: source.mfaSerial, TokenCode: typed.data };
}

/** The keys of one STS request for `roleArn`, its failure in plain words; the client is closed. */
export async function keysFromSts(
  client: STSClient,
  roleArn: string,
  ask: (client: STSClient) => Promise<{ Credentials?: Credentials | undefined }>,
): Promise<AwsCredentialIdentity> {
  try {
    return identityOf((await ask(client)).Credentials, roleArn);
  } catch (err) {
    throw roleError(roleArn, err);
  } finally {
    client.destroy();
  }
}

/**
 * An STS client at `place`, through the connection's proxy and trust, each request bounded by
 * `timeoutMs`.
 */
export async function stsClient(
  place: StsPlace,
  timeoutMs: number,
  config: Omit<STSClientConfig, 'region' | 'endpoint' | 'requestHandler'> = {},
): Promise<STSClient> {
  const region = place.region === '' ? 'us-east-1' : place.region;
  const reached = place.endpoint === '' ? awsEndpoint('sts', region) : place.endpoint;
  return new STSClient({
    region,
    ...(place.endpoint === '' ? {} : { endpoint: place.endpoint }),
    requestHandler: await signInHandler(place, reached, timeoutMs),
    ...config,
  });
}

/** Temporary keys for the role of `source`, from one STS AssumeRole request. */
export async function assumeRole(
  source: AssumeRoleSource,
  { callerKeys, place, askMfaCode, timeoutMs = STS_TIMEOUT_MS }: AssumeRoleOptions,
): Promise<AwsCredentialIdentity> {
  const mfa = await mfaFields(source, askMfaCode, place.name ?? '');
  const client = await stsClient(place, timeoutMs, {
    credentials: callerKeys,
    // An MFA code works once: a retry would be refused, so the user is asked again instead.
    maxAttempts: 1,
  });
  return keysFromSts(client, source.roleArn, (sts) =>
    sts.send(
      new AssumeRoleCommand({
        RoleArn: source.roleArn,
        RoleSessionName: source.sessionName,
        DurationSeconds: source.durationSeconds,
        ...(source.externalId === undefined ? {} : { ExternalId: source.externalId }),
        ...mfa,
      }),
      { abortSignal: AbortSignal.timeout(timeoutMs) },
    ),
  );
}
