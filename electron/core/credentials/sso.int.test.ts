import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { s3Target } from '../../../e2e/fixtures/s3.js';
import { startSsoStandIn } from '../../../e2e/fixtures/sso-standin.js';
import type { SsoStandIn } from '../../../e2e/fixtures/sso-standin.js';
import type { EventName } from '../../../shared/contract/events.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { contractCaller } from '../test-support.js';
import { scratchDir } from './test-support.js';

// IAM Identity Center through the contract: the stand-in plays the OIDC service and the
// portal, and its role credentials are RGW's keys, so the listing really reaches RGW.
let sso: SsoStandIn;
let core: Core;
let home: string;
let emitted: { event: EventName; payload: unknown }[];
let logged: string[];

beforeEach(async () => {
  const t = s3Target();
  sso = await startSsoStandIn(() => ({
    accessKeyId: t.accessKeyId,
    secretAccessKey: t.secretAccessKey,
  }));
  home = await scratchDir('sso-int');
  emitted = [];
  core = createCore({
    appDataDir: home,
    cipher: await createKeyFileCipher(home),
    host: { kind: 'web', version: 'test' },
    homeDir: home,
    ssoEndpoint: sso.endpoint,
    emit: (event, payload) => {
      emitted.push({ event, payload });
      // The user approves each code shown, in the "browser".
      if (event === 'credentials.deviceCode')
        sso.approve((payload as { userCode: string }).userCode);
    },
  });
  logged = [];
  const keep = (...parts: unknown[]) => void logged.push(parts.map(String).join(' '));
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation(keep);
  }
});
afterEach(async () => {
  core.close();
  vi.restoreAllMocks();
  await sso.close();
});

const call = () => contractCaller(core.dispatch);

/** A connection to RGW whose keys come from `credentialSource`. */
async function connection(name: string, credentialSource: unknown): Promise<string> {
  const t = s3Target();
  const saved = await call()('profiles.save', {
    name,
    provider: 'ceph',
    endpoint: t.endpoint,
    region: t.region,
    addressing: 'path',
    accessKeyId: '',
    credentialSource,
  });
  return saved.id;
}

const ssoConnection = () =>
  connection('Corp data', {
    kind: 'sso',
    startUrl: 'https://corp.awsapps.com/start',
    ssoRegion: 'us-east-1',
    accountId: '123456789012',
    roleName: 'Reader',
    sessionName: 'corp',
  });

const cacheFile = () =>
  join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update('corp').digest('hex')}.json`);
const shownCodes = () => emitted.filter((e) => e.event === 'credentials.deviceCode');

/** Nothing the renderer heard or the core logged holds a token or a key's secret. */
async function expectNoSecretsLeaked() {
  const cached = JSON.parse(await readFile(cacheFile(), 'utf8')) as Record<string, string>;
  const heard = JSON.stringify(emitted) + logged.join('\n');
  for (const secret of [
    cached.accessToken,
    cached.refreshToken,
    cached.clientSecret,
    s3Target().secretAccessKey,
  ]) {
    expect(secret).toBeTruthy();
    expect(heard).not.toContain(secret);
  }
}

const cachedToken = async () =>
  (JSON.parse(await readFile(cacheFile(), 'utf8')) as { accessToken: string }).accessToken;

/** After a first sign-in: the session ends, "Sign in again" shows a new code, and signs out. */
async function expectSignInAgainAndOut(id: string) {
  const first = await cachedToken();
  sso.endSession();
  await call()('credentials.signIn', { profileId: id });
  expect(shownCodes()).toHaveLength(2);
  const second = await cachedToken();
  expect(second).not.toBe(first);
  await call()('buckets.list', { profileId: id });
  await expectNoSecretsLeaked();

  await call()('credentials.signOut', { profileId: id });
  expect(sso.loggedOut).toEqual([second]);
  await expect(stat(cacheFile())).rejects.toMatchObject({ code: 'ENOENT' });
}

describe('an IAM Identity Center connection against RGW', () => {
  it('shows a code, lists buckets once it is approved, and keeps tokens from the renderer', async () => {
    const id = await ssoConnection();
    const buckets = await call()('buckets.list', { profileId: id });
    expect(Array.isArray(buckets)).toBe(true);
    expect(shownCodes()).toHaveLength(1);
    expect(shownCodes()[0]?.payload).toMatchObject({
      connectionName: 'Corp data',
      startUrl: 'https://corp.awsapps.com/start',
    });
    const { requestId } = shownCodes()[0]?.payload as { requestId: string };
    expect(emitted).toContainEqual({ event: 'credentials.settled', payload: { requestId } });
    await expectNoSecretsLeaked();
  });

  it('signs in again after the session ended, and signs out', async () => {
    const id = await ssoConnection();
    await call()('buckets.list', { profileId: id });
    await expectSignInAgainAndOut(id);
  });
});

/** An "AWS CLI profile" connection naming an SSO profile of the user's config file. */
async function profileConnection(): Promise<string> {
  await mkdir(join(home, '.aws'), { recursive: true });
  await writeFile(
    join(home, '.aws', 'config'),
    [
      '[profile corp-reader]',
      'sso_session = corp',
      'sso_account_id = 123456789012',
      'sso_role_name = Reader',
      '[sso-session corp]',
      'sso_start_url = https://corp.awsapps.com/start',
      'sso_region = us-east-1',
      '',
    ].join('\n'),
  );
  return connection('Corp profile', { kind: 'awsProfile', profileName: 'corp-reader' });
}

describe('an AWS CLI profile connection naming an SSO profile', () => {
  it('signs in with the same device flow and token cache as the AWS CLI, again, and out', async () => {
    const id = await profileConnection();
    expect(Array.isArray(await call()('buckets.list', { profileId: id }))).toBe(true);
    expect(shownCodes()).toHaveLength(1);
    expect(shownCodes()[0]?.payload).toMatchObject({
      connectionName: 'Corp profile',
      startUrl: 'https://corp.awsapps.com/start',
    });
    // The token sits in the AWS CLI's cache file for the sso-session: one sign-in for both.
    await expectSignInAgainAndOut(id);
  });
});
