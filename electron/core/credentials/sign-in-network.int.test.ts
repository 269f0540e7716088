// Sign-in requests take the connection's network settings, against real parts: RGW's STS
// reached through Debian's tinyproxy (with Basic authentication) and behind TLS with a private
// CA, and the IAM Identity Center stand-in reached through the proxy.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READER_ROLE_ARN, startStsGateway, stsUnavailable } from '../../../e2e/fixtures/rgw-sts.js';
import type { StsGateway } from '../../../e2e/fixtures/rgw-sts.js';
import { adminClient, createTestBucket, s3Target } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { startSsoStandIn } from '../../../e2e/fixtures/sso-standin.js';
import { makeTestPki } from '../../../e2e/fixtures/test-pki.js';
import type { TestPki } from '../../../e2e/fixtures/test-pki.js';
import { startTinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import type { Tinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import { startTlsTerminator } from '../../../e2e/fixtures/tls-terminator.js';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import type { CredentialContext } from './credential-provider.js';
import { scratchDir } from './test-support.js';

const unavailable = stsUnavailable();
if (unavailable !== undefined)
  process.stdout.write(`Skipping sign-in through the network settings: ${unavailable}\n`);
let sts: StsGateway | undefined;
let bucket: TestBucket;
let pki: TestPki;
let store: ProfileStore;
let dataDir: string;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  bucket = await createTestBucket(adminClient(), 'signin-net');
  await adminClient().send(
    new PutObjectCommand({ Bucket: bucket.name, Key: 'readme.txt', Body: 'hello' }),
  );
  pki = await makeTestPki();
  if (unavailable === undefined) sts = await startStsGateway();
});
afterAll(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
  await sts?.stop();
  await bucket.remove();
});

let clients: ClientPool | undefined;
beforeEach(async () => {
  dataDir = join(await scratchDir('signin-net'), 'data');
  await mkdir(dataDir);
  store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
});
afterEach(() => clients?.destroyAll());

function pool(context: Partial<CredentialContext> = {}): ClientPool {
  clients = new ClientPool(store, { homeDir: dataDir, env: {}, ...context });
  return clients;
}

async function proxy(auth?: { user: string; password: string }): Promise<Tinyproxy> {
  const started = await startTinyproxy(auth);
  stops.push(() => started.stop());
  return started;
}

/**
 * A connection assuming the reader role at `endpoint`, asked with the connection `callerId`,
 * or by default with a new one holding the fixture user's keys.
 */
async function roleConnection(
  endpoint: string,
  network: NetworkSettings,
  { proxyPassword, callerId }: { proxyPassword?: string; callerId?: string } = {},
): Promise<string> {
  const t = s3Target();
  const place = { provider: 'ceph', region: t.region, addressing: 'path' } as const;
  const caller =
    callerId ??
    (
      await store.save({
        name: 'user keys',
        ...place,
        endpoint: t.endpoint,
        accessKeyId: t.accessKeyId,
        secretAccessKey: t.secretAccessKey,
      })
    ).id;
  const saved = await store.save({
    name: 'reader role',
    ...place,
    endpoint,
    accessKeyId: '',
    network,
    ...(proxyPassword === undefined ? {} : { proxyPassword }),
    credentialSource: {
      kind: 'assumeRole',
      caller: { kind: 'connection', connectionId: caller },
      roleArn: READER_ROLE_ARN,
      sessionName: 'holdall-net',
      durationSeconds: 900,
    },
  });
  return saved.id;
}

async function keyNames(client: S3Client): Promise<string[]> {
  const answer = await client.send(new ListObjectsV2Command({ Bucket: bucket.name }));
  return (answer.Contents ?? []).map((o) => o.Key ?? '');
}

describe.skipIf(unavailable !== undefined)("AssumeRole takes the connection's network", () => {
  it('goes through the proxy, with its user name and password', async () => {
    const tp = await proxy({ user: 'holdall', password: 'proxy-pass' });
    const endpoint = sts?.endpoint ?? '';
    const network = { proxy: { mode: 'url', url: tp.url, username: 'holdall' } } as const;
    const client = await pool().get(
      await roleConnection(endpoint, network, { proxyPassword: 'proxy-pass' }),
    );
    // Only the STS request so far: the role's keys, before any S3 request.
    const keys = await client.config.credentials();
    expect(keys.sessionToken).toBeTruthy();
    const log = await tp.log();
    // AssumeRole is a POST to the endpoint's root; S3's listing below is a GET naming the bucket.
    expect(log).toContain(`POST ${new URL(endpoint).origin}/ `);
    expect(log).not.toContain(bucket.name);
    expect(await keyNames(client)).toEqual(['readme.txt']);
    expect(await tp.log()).toContain(bucket.name);
  });

  it('a wrong proxy password fails the sign-in, saying the proxy refused it', async () => {
    const tp = await proxy({ user: 'holdall', password: 'proxy-pass' });
    const network = { proxy: { mode: 'url', url: tp.url, username: 'holdall' } } as const;
    const client = await pool().get(
      await roleConnection(sts?.endpoint ?? '', network, {
        proxyPassword: 'not-it',
      }),
    );
    const failure = await client.config.credentials().then(
      () => undefined,
      (err: unknown) => toAppError(err),
    );
    expect(failure?.code).toBe('ProxyAuthRequired');
  });

  it('reaches STS behind TLS with the private CA, and fails as untrusted without it', async () => {
    const tls = await startTlsTerminator(pki.server, new URL(sts?.endpoint ?? ''), '127.0.0.1');
    stops.push(() => tls.close());
    const trusted = await pool().get(
      await roleConnection(tls.endpoint, { trust: { mode: 'bundle', pem: pki.caCert } }),
    );
    expect((await trusted.config.credentials()).sessionToken).toBeTruthy();
    expect(await keyNames(trusted)).toEqual(['readme.txt']);

    const untrusted = await pool().get(await roleConnection(tls.endpoint, {}));
    const failure = await untrusted.config.credentials().then(
      () => undefined,
      (err: unknown) => toAppError(err),
    );
    expect(failure?.code).toBe('TlsError');
  });
});

/** The IAM Identity Center stand-in handing out RGW's keys, a proxy, and an SSO connection. */
async function ssoThroughProxy() {
  const t = s3Target();
  const sso = await startSsoStandIn(() => ({
    accessKeyId: t.accessKeyId,
    secretAccessKey: t.secretAccessKey,
  }));
  stops.push(() => sso.close());
  const tp = await proxy();
  const saved = await store.save({
    name: 'corp sso',
    provider: 'ceph',
    endpoint: t.endpoint,
    region: t.region,
    addressing: 'path',
    accessKeyId: '',
    network: { proxy: { mode: 'url', url: tp.url } },
    credentialSource: {
      kind: 'sso',
      startUrl: 'https://corp.awsapps.com/start',
      ssoRegion: 'us-east-1',
      accountId: '123456789012',
      roleName: 'Reader',
    },
  });
  const clients = pool({
    ssoEndpoint: sso.endpoint,
    // The user approves the code in the "browser" as soon as it is shown.
    showDeviceCode: (request) => {
      sso.approve(request.userCode);
      return { signal: new AbortController().signal, done: () => undefined };
    },
  });
  /** Each of the stand-in's calls (RegisterClient … GetRoleCredentials) went through the proxy. */
  const expectCallsThroughProxy = async () => {
    const log = await tp.log();
    expect(sso.calls.length).toBeGreaterThanOrEqual(4);
    for (const call of sso.calls) {
      const [method = '', path = ''] = call.split(' ');
      expect(log).toContain(`${method} ${sso.endpoint}${path.split('?')[0] ?? ''}`);
    }
    return log;
  };
  return { clients, ssoId: saved.id, expectCallsThroughProxy };
}

describe('IAM Identity Center sign-in takes the connection proxy', () => {
  it('reaches the OIDC service and the portal through the proxy', async () => {
    const { clients, ssoId, expectCallsThroughProxy } = await ssoThroughProxy();
    const client = await clients.get(ssoId);
    expect((await client.config.credentials()).accessKeyId).toBe(s3Target().accessKeyId);
    await expectCallsThroughProxy();
  });

  it.skipIf(unavailable !== undefined)(
    "as the connection a role is asked with: its sign-in takes its own proxy, STS the role's",
    async () => {
      const { clients, ssoId, expectCallsThroughProxy } = await ssoThroughProxy();
      const role = await roleConnection(sts?.endpoint ?? '', {}, { callerId: ssoId });
      const client = await clients.get(role);
      expect(await keyNames(client)).toEqual(['readme.txt']);
      // The role connection has no proxy: its STS request went directly.
      expect(await expectCallsThroughProxy()).not.toContain(new URL(sts?.endpoint ?? '').host);
    },
  );
});
