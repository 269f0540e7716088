// A connection's network settings against real parts: Debian's tinyproxy between Holdall and
// the run's RGW (with and without Basic authentication), and TLS in front of RGW with a private
// CA or a pinned self-signed certificate, on IPv4 and IPv6 loopback.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import { s3Target } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestPki } from '../../../e2e/fixtures/test-pki.js';
import { startTinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import type { Tinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import { startTlsTerminator } from '../../../e2e/fixtures/tls-terminator.js';
import type { TlsTerminator } from '../../../e2e/fixtures/tls-terminator.js';
import { failureOf, testSettings } from '../test-support.js';
import { testConnection } from '../services/connection-test.js';
import { harness, PROFILE } from '../transfers/test-support/queue-harness.js';
import { randomFile, tempDir } from '../transfers/test-files.js';
import { endpointCertificate } from './certificate-info.js';
import type { ClientSettings } from './client-factory.js';
import { toAppError } from './errors.js';
import { startHostileS3 } from './test-servers/hostile-s3.js';
import { useNetworkBed } from './test-servers/network-bed.js';

const MiB = 1024 * 1024;
const rgw = new URL(s3Target().endpoint);
const bed = useNetworkBed('network', 'through.txt');
const { tracked, stops, keysThrough } = bed;
let bucket: TestBucket;
let pki: TestPki;

function holdallClient(overrides: Partial<ClientSettings>): S3Client {
  return tracked.client(overrides, 1);
}

async function proxy(auth?: { user: string; password: string }): Promise<Tinyproxy> {
  const started = await startTinyproxy(auth);
  stops.push(() => started.stop());
  return started;
}

async function terminator(
  host: '127.0.0.1' | '::1',
  identity: TestPki['server'] | undefined = pki.server,
): Promise<TlsTerminator> {
  const started = await startTlsTerminator(identity, rgw, host);
  stops.push(() => started.close());
  return started;
}

/** Uploads then downloads a multipart-size file with the transfer engine; both byte for byte. */
async function roundTrip(settings: ClientSettings, label: string): Promise<void> {
  const h = harness(await tempDir('journal'), {}, settings);
  try {
    const { source, sha256 } = await randomFile(await tempDir(label), `${label}.bin`, 20 * MiB + 5);
    const [upload] = await h.queue.enqueueUpload({
      profileId: PROFILE,
      bucket: bucket.name,
      keyPrefix: `${label}/`,
      paths: [source.path],
      conflict: 'overwrite',
    });
    const uploaded = await h.queue.settled(upload?.id ?? '');
    expect(uploaded.error).toBeNull();
    expect(uploaded.state).toBe('succeeded');
    expect(h.counts.get('UploadPartCommand')).toBeGreaterThan(1);
    const out = await tempDir(`${label}-out`);
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      keys: [`${label}/${label}.bin`],
      destinationDir: out,
      conflict: 'overwrite',
    });
    const downloaded = await h.queue.settled(jobs[0]?.id ?? '');
    expect(downloaded.error).toBeNull();
    expect(downloaded.state).toBe('succeeded');
    const got = createHash('sha256').update(await readFile(join(out, `${label}.bin`)));
    expect(got.digest('hex')).toBe(sha256);
  } finally {
    await h.close();
  }
}

beforeAll(() => {
  ({ bucket, pki } = bed);
});

describe('through an HTTP proxy', () => {
  it('an explicit proxy carries the requests: its log names the bucket', async () => {
    const tp = await proxy();
    const network: NetworkSettings = { proxy: { mode: 'url', url: tp.url } };
    expect(await keysThrough(holdallClient({ network }))).toContain('through.txt');
    expect(await tp.log()).toContain(`/${bucket.name}`);
  });

  it('with Basic authentication: the right password passes, a wrong one is ProxyAuthRequired', async () => {
    const tp = await proxy({ user: 'holdall', password: 'proxy-pass' });
    const network: NetworkSettings = {
      proxy: { mode: 'url', url: tp.url, username: 'holdall' },
    };
    const good = holdallClient({ network, proxyPassword: 'proxy-pass' });
    expect(await keysThrough(good)).toContain('through.txt');
    expect(await tp.log()).toContain(`/${bucket.name}`);
    const wrong = holdallClient({ network, proxyPassword: 'not-it' });
    const failure = await failureOf(keysThrough(wrong));
    expect(failure).toMatchObject({ code: 'ProxyAuthRequired' });
    expect(failure.message).toMatch(/proxy/i);
  });

  it('from the environment: HTTP_PROXY is used, and NO_PROXY naming the host bypasses it', async () => {
    const tp = await proxy();
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = tp.url;
      delete process.env.http_proxy;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      const network: NetworkSettings = { proxy: { mode: 'environment' } };
      expect(await keysThrough(holdallClient({ network }))).toContain('through.txt');
      const carried = (await tp.log()).split(`/${bucket.name}`).length;
      expect(carried).toBeGreaterThan(1);
      process.env.NO_PROXY = `example.com,${rgw.hostname}`;
      expect(await keysThrough(holdallClient({ network }))).toContain('through.txt');
      expect((await tp.log()).split(`/${bucket.name}`).length).toBe(carried);
    } finally {
      process.env = saved;
    }
  });

  it('https through the proxy is a CONNECT tunnel to the TLS endpoint', async () => {
    const tp = await proxy({ user: 'holdall', password: 'proxy-pass' });
    const tls = await terminator('127.0.0.1');
    const client = holdallClient({
      endpoint: tls.endpoint,
      network: {
        proxy: { mode: 'url', url: tp.url, username: 'holdall' },
        trust: { mode: 'bundle', pem: pki.caCert },
      },
      proxyPassword: 'proxy-pass',
    });
    expect(await keysThrough(client)).toContain('through.txt');
    expect(await tp.log()).toContain(`CONNECT ${new URL(tls.endpoint).host}`);
  });

  it('a multipart upload and its download through the proxy are byte for byte', async () => {
    const tp = await proxy();
    const network: NetworkSettings = { proxy: { mode: 'url', url: tp.url } };
    await roundTrip({ ...testSettings(), network }, 'proxied');
    const log = await tp.log();
    expect(log).toMatch(/PUT http:\/\/\S+\/proxied\/proxied\.bin\?partNumber=2/);
    expect(log).toMatch(/GET http:\/\/\S+\/proxied\/proxied\.bin/);
  }, 120_000);
});

describe('TLS with a private CA or a pinned certificate', () => {
  it('the private CA bundle makes the endpoint trusted; without it the error names the issuer', async () => {
    const tls = await terminator('127.0.0.1');
    const trusted = holdallClient({
      endpoint: tls.endpoint,
      network: { trust: { mode: 'bundle', pem: pki.caCert } },
    });
    expect(await keysThrough(trusted)).toContain('through.txt');
    const failure = await testConnection({ ...testSettings(), endpoint: tls.endpoint }).then(
      () => undefined,
      (err: unknown) => toAppError(err),
    );
    expect(failure?.code).toBe('TlsError');
    expect(failure?.message).toContain('not trusted');
    expect(failure?.message).toContain(pki.caSubject);
  });

  it('a pinned self-signed certificate is accepted; another with the same name is refused', async () => {
    const genuine = await terminator('127.0.0.1', pki.selfSigned);
    const seen = await endpointCertificate({ endpoint: genuine.endpoint });
    const trust = { mode: 'pinned', pem: seen.pem, fingerprint: seen.fingerprint256 } as const;
    expect(
      await keysThrough(holdallClient({ endpoint: genuine.endpoint, network: { trust } })),
    ).toContain('through.txt');
    const impostor = await terminator('127.0.0.1', pki.impostor);
    const client = holdallClient({ endpoint: impostor.endpoint, network: { trust } });
    expect((await failureOf(keysThrough(client))).code).toBe('TlsError');
  });

  it('a multipart upload and its download over TLS with the private CA are byte for byte', async () => {
    const tls = await terminator('127.0.0.1');
    const network: NetworkSettings = { trust: { mode: 'bundle', pem: pki.caCert } };
    await roundTrip({ ...testSettings(), endpoint: tls.endpoint, network }, 'private-ca');
  }, 120_000);
});

describe('IPv6 and timeouts', () => {
  it('an http://[::1]:port endpoint works: parsed, signed for its Host and path-style', async ({
    skip,
  }) => {
    const forwarder = await startTlsTerminator(undefined, rgw, '::1').catch(
      (err: NodeJS.ErrnoException) => err,
    );
    if (forwarder instanceof Error) {
      console.log(
        `Skipped: this machine has no IPv6 loopback (${forwarder.code ?? forwarder.message})`,
      );
      skip();
      return;
    }
    stops.push(() => forwarder.close());
    expect(forwarder.endpoint).toMatch(/^http:\/\/\[::1\]:\d+$/);
    const client = holdallClient({ endpoint: forwarder.endpoint });
    expect(await keysThrough(client)).toContain('through.txt');
    const out = await client.send(new ListBucketsCommand({}));
    expect(out.Buckets?.map((b) => b.Name)).toContain(bucket.name);
  });

  it("the connection's request timeout ends a request the server never answers, in its seconds", async () => {
    const silent = await startHostileS3('stallBeforeHeaders');
    stops.push(() => silent.close());
    const client = holdallClient({ endpoint: silent.endpoint, timeouts: { headers: 1, idle: 1 } });
    const started = performance.now();
    const failure = await failureOf(keysThrough(client));
    const seconds = (performance.now() - started) / 1000;
    expect(failure.code).toBe('Timeout');
    expect(seconds).toBeGreaterThanOrEqual(0.9);
    expect(seconds).toBeLessThan(5);
  });
});
