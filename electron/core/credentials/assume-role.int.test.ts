import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { READER_ROLE_ARN, startStsGateway, stsUnavailable } from '../../../e2e/fixtures/rgw-sts.js';
import type { StsGateway } from '../../../e2e/fixtures/rgw-sts.js';
import { startSsoStandIn } from '../../../e2e/fixtures/sso-standin.js';
import { adminClient, createTestBucket, s3Target } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import type { AssumeRoleSource } from '../../../shared/domain/assume-role.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { scratchDir } from './test-support.js';

let bucket: TestBucket;
let sts: StsGateway | undefined;
const unavailable = stsUnavailable();
if (unavailable !== undefined)
  process.stdout.write(`Skipping AssumeRole against RGW: ${unavailable}\n`);
let store: ProfileStore;
let clients: ClientPool;
let logged: string[];

beforeAll(async () => {
  bucket = await createTestBucket(adminClient(), 'role');
  if (unavailable === undefined) sts = await startStsGateway();
  await adminClient().send(
    new PutObjectCommand({ Bucket: bucket.name, Key: 'readme.txt', Body: 'hello' }),
  );
});
afterAll(async () => {
  await sts?.stop();
  await bucket.remove();
});

beforeEach(async () => {
  const dataDir = join(await scratchDir('role-int'), 'data');
  await mkdir(dataDir);
  store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  clients = new ClientPool(store, { homeDir: dataDir, env: {} });
  logged = [];
  const keep = (...parts: unknown[]) => {
    logged.push(parts.map(String).join(' '));
  };
  for (const level of ['warn', 'error', 'log', 'info', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation(keep);
  }
});
afterEach(() => {
  clients.destroyAll();
  vi.restoreAllMocks();
});

/** A connection with the fixture user's own keys, and one assuming `roleArn` with them. */
async function roleConnection(roleArn: string, mfaSerial?: string): Promise<string> {
  const t = s3Target();
  const place = {
    provider: 'ceph',
    endpoint: sts?.endpoint ?? '',
    region: t.region,
    addressing: 'path',
  } as const;
  const caller = await store.save({
    name: 'user keys',
    ...place,
    accessKeyId: t.accessKeyId,
    secretAccessKey: t.secretAccessKey,
  });
  const credentialSource: AssumeRoleSource = {
    kind: 'assumeRole',
    caller: { kind: 'connection', connectionId: caller.id },
    roleArn,
    sessionName: 'holdall-test',
    durationSeconds: 900,
    ...(mfaSerial === undefined ? {} : { mfaSerial }),
  };
  const saved = await store.save({
    name: 'reader role',
    ...place,
    accessKeyId: '',
    credentialSource,
  });
  return saved.id;
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (err: unknown) => toAppError(err),
  );

async function keyNames(client: S3Client): Promise<string[]> {
  const answer = await client.send(new ListObjectsV2Command({ Bucket: bucket.name }));
  return (answer.Contents ?? []).map((o) => o.Key ?? '');
}

describe.skipIf(unavailable !== undefined)('a connection that assumes a role on RGW', () => {
  it("lists a bucket with the role's temporary keys, and may do only what the role may", async () => {
    const id = await roleConnection(READER_ROLE_ARN);
    const client = await clients.get(id);
    expect(await keyNames(client)).toEqual(['readme.txt']);

    const keys = await client.config.credentials();
    expect(keys.accessKeyId).not.toBe(s3Target().accessKeyId);
    expect(keys.sessionToken).toBeTruthy();
    expect(keys.expiration?.getTime()).toBeGreaterThan(Date.now());

    // The user may write here; the role's policy only reads, so RGW refuses the write.
    const write = client.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'by-role.txt', Body: 'no' }),
    );
    expect(await failureOf(write)).toMatchObject({ code: 'AccessDenied' });
    expect(logged.join('\n')).not.toContain(keys.secretAccessKey);
    expect(logged.join('\n')).not.toContain(keys.sessionToken);
  });

  it('asks for the MFA code, which RGW refuses with a bare 400, said in plain words', async () => {
    const asked: string[] = [];
    clients = new ClientPool(store, {
      homeDir: '/nonexistent',
      env: {},
      askMfaCode: (request) => {
        asked.push(request.mfaSerial);
        return Promise.resolve('000000');
      },
    });
    const id = await roleConnection(READER_ROLE_ARN, 'arn:aws:iam:::mfa/holdall-test');
    // Recorded in docs/rgw-quirks.md: Pacific's STS refuses SerialNumber and TokenCode.
    const failure = await failureOf(keyNames(await clients.get(id)));
    expect(asked).toEqual(['arn:aws:iam:::mfa/holdall-test']);
    expect(failure?.code).toBe('CredentialsUnavailable');
    expect(failure?.message).toContain(
      'the server refused the request (HTTP 400) without saying why',
    );
  });

  it('an AWS CLI profile connection naming a role profile assumes that role', async () => {
    const t = s3Target();
    const home = await scratchDir('role-profile');
    await mkdir(join(home, '.aws'));
    await writeFile(
      join(home, '.aws', 'credentials'),
      `[user]\naws_access_key_id = ${t.accessKeyId}\naws_secret_access_key = ${t.secretAccessKey}\n`,
    );
    await writeFile(
      join(home, '.aws', 'config'),
      `[profile reader]\nrole_arn = ${READER_ROLE_ARN}\nsource_profile = user\nduration_seconds = 900\n`,
    );
    clients = new ClientPool(store, { homeDir: home, env: {} });
    const saved = await store.save({
      name: 'reader profile',
      provider: 'ceph',
      endpoint: sts?.endpoint ?? '',
      region: t.region,
      addressing: 'path',
      accessKeyId: '',
      credentialSource: { kind: 'awsProfile', profileName: 'reader' },
    });
    const client = await clients.get(saved.id);
    expect(await keyNames(client)).toEqual(['readme.txt']);
    const keys = await client.config.credentials();
    expect(keys.accessKeyId).not.toBe(t.accessKeyId);
    expect(keys.sessionToken).toBeTruthy();
    // The role's policy only reads: the write is refused, as for a role connection.
    const write = client.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'by-profile-role.txt', Body: 'no' }),
    );
    expect(await failureOf(write)).toMatchObject({ code: 'AccessDenied' });
  });

  /** A home whose AWS CLI files hold `config`, and the fixture user's keys as `[user]`. */
  async function homeWithProfiles(config: string): Promise<string> {
    const t = s3Target();
    const home = await scratchDir('role-chain');
    await mkdir(join(home, '.aws'));
    await writeFile(
      join(home, '.aws', 'credentials'),
      `[user]\naws_access_key_id = ${t.accessKeyId}\naws_secret_access_key = ${t.secretAccessKey}\n`,
    );
    await writeFile(join(home, '.aws', 'config'), config);
    return home;
  }

  /** A saved connection to the STS gateway signing in as the AWS CLI profile `profileName`. */
  async function profileConnection(profileName: string): Promise<string> {
    const saved = await store.save({
      name: `${profileName} profile`,
      provider: 'ceph',
      endpoint: sts?.endpoint ?? '',
      region: s3Target().region,
      addressing: 'path',
      accessKeyId: '',
      credentialSource: { kind: 'awsProfile', profileName },
    });
    return saved.id;
  }

  it('role chaining: the second AssumeRole goes to RGW with the first role’s temporary keys', async () => {
    const home = await homeWithProfiles(
      `[profile reader]\nrole_arn = ${READER_ROLE_ARN}\nsource_profile = user\n` +
        `[profile chained]\nrole_arn = ${READER_ROLE_ARN}\nsource_profile = reader\nrole_session_name = chained\n` +
        `[profile missing]\nrole_arn = arn:aws:iam:::role/holdall-no-such-role\nsource_profile = user\n` +
        `[profile via-missing]\nrole_arn = ${READER_ROLE_ARN}\nsource_profile = missing\n`,
    );
    clients = new ClientPool(store, { homeDir: home, env: {} });
    // RGW accepts a role session as the caller of AssumeRole (the trust policy names the user
    // the first session belongs to): the chain's keys list, and may only read.
    const client = await clients.get(await profileConnection('chained'));
    expect(await keyNames(client)).toEqual(['readme.txt']);
    const keys = await client.config.credentials();
    expect(keys.accessKeyId).not.toBe(s3Target().accessKeyId);
    expect(keys.sessionToken).toBeTruthy();
    const write = client.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'by-chain.txt', Body: 'no' }),
    );
    expect(await failureOf(write)).toMatchObject({ code: 'AccessDenied' });
    // The first link is really asked: a chain through a role RGW lacks fails on that role.
    const broken = await failureOf(
      keyNames(await clients.get(await profileConnection('via-missing'))),
    );
    expect(broken?.message).toContain('arn:aws:iam:::role/holdall-no-such-role');
  });

  it('a role profile whose source_profile signs in with SSO assumes the role with the SSO keys', async () => {
    const t = s3Target();
    const standIn = await startSsoStandIn(() => ({
      accessKeyId: t.accessKeyId,
      secretAccessKey: t.secretAccessKey,
    }));
    try {
      const home = await homeWithProfiles(
        `[profile corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n` +
          `sso_account_id = 123456789012\nsso_role_name = Reader\n` +
          `[profile via-sso]\nrole_arn = ${READER_ROLE_ARN}\nsource_profile = corp\n`,
      );
      const shown: string[] = [];
      clients = new ClientPool(store, {
        homeDir: home,
        env: {},
        ssoEndpoint: standIn.endpoint,
        // The user approves the code they are shown, in the "browser".
        showDeviceCode: (request) => {
          shown.push(request.userCode);
          standIn.approve(request.userCode);
          return { signal: new AbortController().signal, done: () => undefined };
        },
      });
      const client = await clients.get(await profileConnection('via-sso'));
      expect(await keyNames(client)).toEqual(['readme.txt']);
      expect(shown).toHaveLength(1);
      // The role's keys, not the SSO ones: the role's policy refuses a write.
      expect((await client.config.credentials()).accessKeyId).not.toBe(t.accessKeyId);
      const write = client.send(
        new PutObjectCommand({ Bucket: bucket.name, Key: 'by-sso-role.txt', Body: 'no' }),
      );
      expect(await failureOf(write)).toMatchObject({ code: 'AccessDenied' });
    } finally {
      await standIn.close();
    }
  });

  it('says in plain words that a role does not exist', async () => {
    const id = await roleConnection('arn:aws:iam:::role/holdall-no-such-role');
    const failure = await failureOf(keyNames(await clients.get(id)));
    expect(failure?.code).toBe('CredentialsUnavailable');
    expect(failure?.message).toBe(
      'Could not assume the role arn:aws:iam:::role/holdall-no-such-role: no such role exists on this server.',
    );
  });
});
