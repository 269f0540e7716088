import {
  CreateTokenCommand,
  RegisterClientCommand,
  SSOOIDCClient,
  StartDeviceAuthorizationCommand,
} from '@aws-sdk/client-sso-oidc';
import { AppError } from '../../../shared/contract/envelope.js';
import type { SsoSource } from '../../../shared/domain/sso.js';
import { awsEndpoint } from '../s3/aws-endpoints.js';
import { signInHandler } from './sign-in-network.js';
import type { SignInNetwork } from './sign-in-network.js';
import { readSsoToken, ssoCachePath, writeSsoToken } from './sso-cache.js';
import type { CachedSsoToken } from './sso-cache.js';

/** What the user is shown to approve a sign-in: never the token itself. */
export interface DeviceCodeRequest {
  connectionName: string;
  startUrl: string;
  verificationUri: string;
  verificationUriComplete: string;
  userCode: string;
  /** When the code stops working (epoch ms). */
  deadline: number;
}
/** Shows the code until `done`; the signal aborts when the user cancels. */
export type ShowDeviceCode = (request: DeviceCodeRequest) => {
  signal: AbortSignal;
  done: () => void;
};

export interface SsoTokenOptions {
  homeDir: string;
  connectionName: string;
  /** Without it, a sign-in that needs the browser fails with CredentialsExpired. */
  showDeviceCode?: ShowDeviceCode | undefined;
  /** Where the OIDC service answers; AWS's regional one when absent. */
  oidcEndpoint?: string | undefined;
  /** The connection's network settings (proxy, trust, connect timeout), which apply here too. */
  reach?: SignInNetwork | undefined;
  /** Deadline of one request. */
  timeoutMs?: number;
  /** Waits between polls; tests count the waits instead of sleeping. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

const REQUEST_TIMEOUT_MS = 15_000;
/** A token closer than this to its end is refreshed rather than used. */
const TOKEN_MARGIN_MS = 5 * 60_000;
/** RFC 8628: a `slow_down` answer adds 5 seconds to the interval. */
const SLOW_DOWN_MS = 5_000;
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const reasonOf = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new Error('aborted');

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done, fail) => {
    // A sign-in canceled before the first wait ends now, not an interval later.
    if (signal.aborted) {
      fail(reasonOf(signal));
      return;
    }
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      fail(reasonOf(signal));
    });
  });

export function expiredSession(source: SsoSource): AppError {
  return new AppError(
    'CredentialsExpired',
    `The IAM Identity Center session for ${source.startUrl} has ended: sign in again.`,
  );
}

async function oidcClient(source: SsoSource, options: SsoTokenOptions): Promise<SSOOIDCClient> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const reached = options.oidcEndpoint ?? awsEndpoint('oidc', source.ssoRegion);
  return new SSOOIDCClient({
    region: source.ssoRegion,
    ...(options.oidcEndpoint === undefined ? {} : { endpoint: options.oidcEndpoint }),
    requestHandler: await signInHandler(options.reach, reached, timeoutMs),
  });
}

const deadline = (options: SsoTokenOptions) =>
  AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);

function fromAnswer(
  source: SsoSource,
  answer: { accessToken?: string; expiresIn?: number; refreshToken?: string },
  client: { clientId: string; clientSecret: string; registrationExpiresAt: string },
  now: number,
): CachedSsoToken {
  if (answer.accessToken === undefined) {
    throw new AppError('CredentialsUnavailable', 'IAM Identity Center answered without a token.');
  }
  return {
    startUrl: source.startUrl,
    region: source.ssoRegion,
    accessToken: answer.accessToken,
    expiresAt: new Date(now + (answer.expiresIn ?? 3600) * 1000).toISOString(),
    ...client,
    ...(answer.refreshToken === undefined ? {} : { refreshToken: answer.refreshToken }),
  };
}

/** A fresh token from the cached refresh token, or undefined when it cannot be refreshed. */
async function refreshed(
  source: SsoSource,
  cached: CachedSsoToken,
  client: SSOOIDCClient,
  options: SsoTokenOptions,
  now: number,
): Promise<CachedSsoToken | undefined> {
  const { clientId, clientSecret, registrationExpiresAt, refreshToken } = cached;
  if (clientId === undefined || clientSecret === undefined || refreshToken === undefined) {
    return undefined;
  }
  if (registrationExpiresAt === undefined || Date.parse(registrationExpiresAt) <= now) {
    return undefined;
  }
  try {
    const answer = await client.send(
      new CreateTokenCommand({ clientId, clientSecret, grantType: 'refresh_token', refreshToken }),
      { abortSignal: deadline(options) },
    );
    return fromAnswer(source, answer, { clientId, clientSecret, registrationExpiresAt }, now);
  } catch {
    // A refused refresh token means signing in again, as an expired one does.
    return undefined;
  }
}

/** The device authorization flow: register, show the code, poll until the user approves. */
async function signInWithBrowser(
  source: SsoSource,
  client: SSOOIDCClient,
  show: ShowDeviceCode,
  options: SsoTokenOptions,
): Promise<CachedSsoToken> {
  const now = options.now ?? Date.now;
  const registration = await client.send(
    new RegisterClientCommand({
      clientName: 'holdall',
      clientType: 'public',
      // The refresh token comes only with the scope sso-session profiles ask for.
      ...(source.sessionName === undefined ? {} : { scopes: ['sso:account:access'] }),
    }),
    { abortSignal: deadline(options) },
  );
  const { clientId, clientSecret } = registration;
  if (clientId === undefined || clientSecret === undefined) {
    throw new AppError('CredentialsUnavailable', 'IAM Identity Center did not register Holdall.');
  }
  const registered = {
    clientId,
    clientSecret,
    registrationExpiresAt: new Date((registration.clientSecretExpiresAt ?? 0) * 1000).toISOString(),
  };
  const device = await client.send(
    new StartDeviceAuthorizationCommand({ clientId, clientSecret, startUrl: source.startUrl }),
    { abortSignal: deadline(options) },
  );
  const { deviceCode, userCode, verificationUri } = device;
  if (deviceCode === undefined || userCode === undefined || verificationUri === undefined) {
    throw new AppError('CredentialsUnavailable', 'IAM Identity Center gave no code to approve.');
  }
  const ends = now() + (device.expiresIn ?? 600) * 1000;
  const shown = show({
    connectionName: options.connectionName,
    startUrl: source.startUrl,
    verificationUri,
    verificationUriComplete: device.verificationUriComplete ?? verificationUri,
    userCode,
    deadline: ends,
  });
  const sleep = options.sleep ?? wait;
  let interval = (device.interval ?? 5) * 1000;
  try {
    for (;;) {
      await sleep(interval, shown.signal);
      if (now() >= ends) break;
      try {
        const answer = await client.send(
          new CreateTokenCommand({ clientId, clientSecret, grantType: DEVICE_GRANT, deviceCode }),
          { abortSignal: AbortSignal.any([shown.signal, deadline(options)]) },
        );
        return fromAnswer(source, answer, registered, now());
      } catch (err) {
        if (shown.signal.aborted) throw shown.signal.reason;
        const name = (err as { name?: string }).name;
        if (name === 'SlowDownException') interval += SLOW_DOWN_MS;
        else if (name === 'ExpiredTokenException') break;
        else if (name !== 'AuthorizationPendingException') throw err;
      }
    }
  } finally {
    shown.done();
  }
  throw new AppError(
    'CredentialsExpired',
    `The sign-in code for ${source.startUrl} expired before it was approved: sign in again.`,
  );
}

/**
 * An access token for `source`: the cached one while it lives, else one refreshed with the
 * cached refresh token, else (with `force` too) one the user grants in the browser. Every new
 * token is cached like the AWS CLI caches it.
 */
export async function ssoToken(
  source: SsoSource,
  options: SsoTokenOptions,
  force = false,
): Promise<string> {
  const now = (options.now ?? Date.now)();
  const path = ssoCachePath(options.homeDir, source);
  const cached = force ? undefined : await readSsoToken(path);
  if (cached !== undefined && Date.parse(cached.expiresAt) - TOKEN_MARGIN_MS > now) {
    return cached.accessToken;
  }
  const client = await oidcClient(source, options);
  try {
    let token =
      cached === undefined ? undefined : await refreshed(source, cached, client, options, now);
    if (token === undefined) {
      if (options.showDeviceCode === undefined) throw expiredSession(source);
      token = await signInWithBrowser(source, client, options.showDeviceCode, options);
    }
    await writeSsoToken(path, token);
    return token.accessToken;
  } finally {
    client.destroy();
  }
}
