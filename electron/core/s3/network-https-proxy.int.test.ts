// An https:// proxy (TLS to the proxy, then the request or a CONNECT tunnel inside it), made of
// Debian's tinyproxy behind the TLS terminator with the private CA's certificate; and the
// connection's request timeout through a proxy.
import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import { s3Target } from '../../../e2e/fixtures/s3.js';
import { startTinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import type { Tinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import { startTlsTerminator } from '../../../e2e/fixtures/tls-terminator.js';
import { failureOf } from '../test-support.js';
import { startHostileS3 } from './test-servers/hostile-s3.js';
import { useNetworkBed } from './test-servers/network-bed.js';

const rgw = new URL(s3Target().endpoint);
const bed = useNetworkBed('https-proxy', 'secure.txt');
const { tracked, stops, keysThrough } = bed;
let tinyproxy: Tinyproxy;
/** https://127.0.0.1:PORT: TLS with the private CA's certificate, tinyproxy behind it. */
let httpsProxy: string;

beforeAll(async () => {
  tinyproxy = await startTinyproxy({ user: 'holdall', password: 'proxy-pass' });
  stops.push(() => tinyproxy.stop());
  const front = await startTlsTerminator(bed.pki.server, new URL(tinyproxy.url));
  stops.push(() => front.close());
  httpsProxy = front.endpoint;
});

describe('through an https:// proxy', () => {
  const withProxy = (trust: NetworkSettings['trust']): NetworkSettings => ({
    proxy: { mode: 'url', url: httpsProxy, username: 'holdall' },
    ...(trust === undefined ? {} : { trust }),
  });

  it('an http endpoint: the request goes inside TLS to the proxy, which carries it', async () => {
    const network = withProxy({ mode: 'bundle', pem: bed.pki.caCert });
    const client = tracked.client({ network, proxyPassword: 'proxy-pass' }, 1);
    expect(await keysThrough(client)).toContain('secure.txt');
    expect(await tinyproxy.log()).toContain(`/${bed.bucket.name}`);
  });

  it('an https endpoint: a CONNECT tunnel inside TLS to the proxy, then TLS to the endpoint', async () => {
    const endpoint = await startTlsTerminator(bed.pki.server, rgw);
    stops.push(() => endpoint.close());
    const network = withProxy({ mode: 'bundle', pem: bed.pki.caCert });
    const client = tracked.client(
      { endpoint: endpoint.endpoint, network, proxyPassword: 'proxy-pass' },
      1,
    );
    expect(await keysThrough(client)).toContain('secure.txt');
    expect(await tinyproxy.log()).toContain(`CONNECT ${new URL(endpoint.endpoint).host}`);
  });

  it('a proxy whose certificate the connection does not trust is refused, naming the proxy', async () => {
    const client = tracked.client(
      { network: withProxy(undefined), proxyPassword: 'proxy-pass' },
      1,
    );
    const failure = await failureOf(keysThrough(client));
    expect(failure.code).toBe('TlsError');
    expect(failure.message).toContain(`The https:// proxy ${new URL(httpsProxy).host}`);
  });

  it('a wrong password through the https:// proxy is the plain proxy error', async () => {
    const network = withProxy({ mode: 'bundle', pem: bed.pki.caCert });
    const client = tracked.client({ network, proxyPassword: 'not-it' }, 1);
    expect(await failureOf(keysThrough(client))).toMatchObject({ code: 'ProxyAuthRequired' });
  });
});

describe("the connection's request timeout through a proxy", () => {
  it('ends a request the server behind the proxy never answers, in its seconds', async () => {
    const plain = await startTinyproxy();
    stops.push(() => plain.stop());
    const silent = await startHostileS3('stallBeforeHeaders');
    stops.push(() => silent.close());
    const client = tracked.client(
      {
        endpoint: silent.endpoint,
        network: { proxy: { mode: 'url', url: plain.url } },
        timeouts: { headers: 1, idle: 1 },
      },
      1,
    );
    const started = performance.now();
    const failure = await failureOf(keysThrough(client));
    const seconds = (performance.now() - started) / 1000;
    expect(failure.code).toBe('Timeout');
    expect(seconds).toBeGreaterThanOrEqual(0.9);
    expect(seconds).toBeLessThan(5);
    expect(await plain.log()).toContain(new URL(silent.endpoint).host);
  });
});
