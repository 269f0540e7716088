import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSsoStandIn } from '../../../e2e/fixtures/sso-standin.js';
import type { SsoStandIn } from '../../../e2e/fixtures/sso-standin.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { SsoSource } from '../../../shared/domain/sso.js';
import { failureOf } from '../test-support.js';
import { credentialProviderFor } from './credential-provider.js';
import { ssoCredentials, ssoSignOut } from './sso.js';
import type { SsoOptions } from './sso.js';
import type { DeviceCodeRequest } from './sso-token.js';
import { scratchDir } from './test-support.js';

let sso: SsoStandIn;
let home: string;
beforeEach(async () => {
  sso = await startSsoStandIn(() => ({
    accessKeyId: 'ASIAPORTAL',
    secretAccessKey: 'portal-secret',
    sessionToken: 'portal-session',
  }));
  home = await scratchDir('sso');
});
afterEach(async () => {
  await sso.close();
});

const source: SsoSource = {
  kind: 'sso',
  startUrl: 'https://corp.awsapps.com/start',
  ssoRegion: 'us-west-2',
  accountId: '123456789012',
  roleName: 'Reader',
  sessionName: 'corp',
};

/** A user who approves each code they are shown; the waits between polls are only counted. */
function options(shown: DeviceCodeRequest[], waits: number[] = []): SsoOptions {
  return {
    homeDir: home,
    connectionName: 'Corp data',
    oidcEndpoint: sso.endpoint,
    portalEndpoint: sso.endpoint,
    showDeviceCode: (request) => {
      shown.push(request);
      sso.approve(request.userCode);
      return { signal: new AbortController().signal, done: () => undefined };
    },
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}

const cacheFile = (key: string) =>
  join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update(key).digest('hex')}.json`);

describe('IAM Identity Center', () => {
  it('signs in with the device code, honouring slow_down, and caches the token like the AWS CLI', async () => {
    sso.pollAnswers = ['pending', 'slow_down', 'pending'];
    const shown: DeviceCodeRequest[] = [];
    const waits: number[] = [];
    const keys = await ssoCredentials(source, options(shown, waits));
    expect(keys).toMatchObject({ accessKeyId: 'ASIAPORTAL', sessionToken: 'portal-session' });
    expect(shown).toEqual([
      expect.objectContaining({
        connectionName: 'Corp data',
        verificationUriComplete: `${sso.endpoint}/verify?user_code=${shown[0]?.userCode}`,
      }),
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/at-|rt-|client-secret/);
    expect(waits).toEqual([1000, 1000, 6000, 6000]);
    const cached = JSON.parse(await readFile(cacheFile('corp'), 'utf8')) as Record<string, string>;
    expect(Object.keys(cached).sort()).toEqual([
      'accessToken',
      'clientId',
      'clientSecret',
      'expiresAt',
      'refreshToken',
      'region',
      'registrationExpiresAt',
      'startUrl',
    ]);
    expect(cached).toMatchObject({ startUrl: source.startUrl, region: 'us-west-2' });
    expect((await stat(cacheFile('corp'))).mode & 0o077).toBe(0);
  });

  it('uses the cached token without asking again, and refreshes it when it nears its end', async () => {
    const shown: DeviceCodeRequest[] = [];
    await ssoCredentials(source, options(shown));
    sso.calls.length = 0;
    await ssoCredentials(source, options(shown));
    expect(sso.calls).toEqual(['GET /federation/credentials']);
    const later = { ...options(shown), now: () => Date.now() + 2 * 3_600_000 };
    await ssoCredentials(source, later);
    expect(sso.calls.slice(1)).toEqual(['POST /token', 'GET /federation/credentials']);
    expect(shown).toHaveLength(1);
  });

  it('says the session ended when the portal refuses the token and nothing can ask the user', async () => {
    await ssoCredentials(source, options([]));
    sso.expireTokens();
    const { showDeviceCode: _unused, ...quiet } = options([]);
    expect(await failureOf(ssoCredentials(source, quiet))).toEqual({
      code: 'CredentialsExpired',
      message: `The IAM Identity Center session for ${source.startUrl} has ended: sign in again.`,
    });
  });

  it('fails a sign-in the user cancels, and one whose code expires', async () => {
    const canceled = new AbortController();
    const cancelOptions: SsoOptions = {
      ...options([]),
      showDeviceCode: () => {
        canceled.abort(new Error('Signing in was canceled.'));
        return { signal: canceled.signal, done: () => undefined };
      },
      sleep: (_ms, signal) => Promise.reject(signal.reason as Error),
    };
    expect((await failureOf(ssoCredentials(source, cancelOptions))).message).toBe(
      'Signing in was canceled.',
    );
    sso.deviceCodeSeconds = 0;
    const { showDeviceCode: _show, ...rest } = options([]);
    const expiring = {
      ...rest,
      showDeviceCode: () => ({ signal: new AbortController().signal, done: () => undefined }),
    };
    expect(await failureOf(ssoCredentials(source, expiring))).toMatchObject({
      code: 'CredentialsExpired',
      message: `The sign-in code for ${source.startUrl} expired before it was approved: sign in again.`,
    });
  });

  it('after a canceled sign-in, says the session ended instead of opening the dialog again', async () => {
    let shown = 0;
    const provider = credentialProviderFor(
      source,
      {
        homeDir: home,
        ssoEndpoint: sso.endpoint,
        showDeviceCode: () => {
          shown += 1;
          const canceled = new AbortController();
          canceled.abort(new AppError('Canceled', 'Signing in was canceled.'));
          return { signal: canceled.signal, done: () => undefined };
        },
      },
      { endpoint: '', region: 'us-east-1', name: 'Corp data' },
    );
    expect((await failureOf(provider?.() ?? Promise.resolve())).code).toBe('Canceled');
    expect(await failureOf(provider?.() ?? Promise.resolve())).toMatchObject({
      code: 'CredentialsExpired',
      message: `The IAM Identity Center session for ${source.startUrl} has ended: sign in again.`,
    });
    expect(shown).toBe(1);
  });

  it('signs out: the portal ends the token and the cache file is gone', async () => {
    await ssoCredentials(source, options([]));
    const cached = JSON.parse(await readFile(cacheFile('corp'), 'utf8')) as { accessToken: string };
    await ssoSignOut(source, options([]));
    expect(sso.loggedOut).toEqual([cached.accessToken]);
    await expect(stat(cacheFile('corp'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('caches a profile without an sso-session under its start URL', async () => {
    const { sessionName: _none, ...legacy } = source;
    await ssoCredentials(legacy, options([]));
    expect((await stat(cacheFile(source.startUrl))).isFile()).toBe(true);
  });
});
