// What "Test connection" says when the network is the problem: a proxy that is not there, one
// that wants a password, one that never answers, and a certificate this connection does not
// trust. Each message names the proxy or the certificate's fingerprint, not just "failed".
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import { makeTestPki } from '../../../e2e/fixtures/test-pki.js';
import type { TestPki } from '../../../e2e/fixtures/test-pki.js';
import { s3Target } from '../../../e2e/fixtures/s3.js';
import { startTinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import { startTlsTerminator } from '../../../e2e/fixtures/tls-terminator.js';
import type { ClientSettings } from '../s3/client-factory.js';
import { failureOf, testSettings } from '../test-support.js';
import { testConnection } from './connection-test.js';

const rgw = new URL(s3Target().endpoint);
const stops: (() => Promise<void>)[] = [];
let pki: TestPki;

/** A TCP server that takes connections and never says a word: a hung proxy. */
async function silentServer(): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  stops.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return server;
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function test(overrides: Partial<ClientSettings>) {
  return failureOf(testConnection({ ...testSettings(), ...overrides }));
}

beforeAll(async () => {
  pki = await makeTestPki();
});
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

describe('Test connection names network failures plainly', () => {
  it('a proxy nobody listens on: says the proxy cannot be reached, for http and https endpoints', async () => {
    const port = await closedPort();
    const network: NetworkSettings = { proxy: { mode: 'url', url: `http://127.0.0.1:${port}` } };
    for (const endpoint of [s3Target().endpoint, 'https://127.0.0.1:9/']) {
      const failure = await test({ endpoint, network });
      expect(failure.code).toBe('EndpointUnreachable');
      expect(failure.message).toContain(`Cannot reach the proxy 127.0.0.1:${port} (ECONNREFUSED)`);
    }
  });

  it('a proxy that wants a password: says so without one, and says it refused a wrong one', async () => {
    const tp = await startTinyproxy({ user: 'holdall', password: 'proxy-pass' });
    stops.push(() => tp.stop());
    const proxyName = new URL(tp.url).host;
    const anonymous = await test({ network: { proxy: { mode: 'url', url: tp.url } } });
    expect(anonymous).toMatchObject({ code: 'ProxyAuthRequired' });
    expect(anonymous.message).toBe(`The proxy ${proxyName} asks for a user name and password.`);
    const network: NetworkSettings = {
      proxy: { mode: 'url', url: tp.url, username: 'holdall' },
    };
    const wrong = await test({ network, proxyPassword: 'not-it' });
    expect(wrong.message).toBe(`The proxy ${proxyName} refused the user name or password.`);
    const tls = await startTlsTerminator(pki.server, rgw);
    stops.push(() => tls.close());
    const tunnel = await test({ endpoint: tls.endpoint, network, proxyPassword: 'not-it' });
    expect(tunnel.message).toBe(`The proxy ${proxyName} refused the user name or password.`);
  });

  it("a proxy that never answers: a timeout naming the proxy, within the connection's connect timeout", async () => {
    const silent = await silentServer();
    const { port } = silent.address() as AddressInfo;
    const network: NetworkSettings = {
      proxy: { mode: 'url', url: `http://127.0.0.1:${port}` },
      connectTimeout: 1,
    };
    const started = performance.now();
    const failure = await test({ endpoint: 'https://127.0.0.1:9/', network });
    expect((performance.now() - started) / 1000).toBeLessThan(4);
    expect(failure.code).toBe('Timeout');
    expect(failure.message).toContain(`The proxy 127.0.0.1:${port} did not answer in time`);
  });

  it("a self-signed endpoint: not trusted, with the certificate's SHA-256 fingerprint", async () => {
    const tls = await startTlsTerminator(pki.selfSigned, rgw);
    stops.push(() => tls.close());
    const fingerprint = new X509Certificate(pki.selfSigned.cert).fingerprint256;
    const failure = await test({ endpoint: tls.endpoint });
    expect(failure.code).toBe('TlsError');
    expect(failure.message).toContain('is not trusted');
    expect(failure.message).toContain(`SHA-256 ${fingerprint}`);
    const pinnedOther = await test({
      endpoint: tls.endpoint,
      network: {
        trust: {
          mode: 'pinned',
          pem: pki.impostor.cert,
          fingerprint: new X509Certificate(pki.impostor.cert).fingerprint256,
        },
      },
    });
    expect(pinnedOther.message).toContain('is not the pinned one');
    expect(pinnedOther.message).toContain(`SHA-256 ${fingerprint}`);
  });
});
