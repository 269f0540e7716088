import { describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import { connectionProxy } from '../s3/network-agents.js';
import { signInNetworkInput } from './sign-in-network.js';

const corp = 'http://proxy.corp:3128';
const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const fingerprint = Array.from({ length: 32 }, () => 'AB').join(':');

describe("sign-in requests take the connection's network settings", () => {
  it('choose the proxy for the sign-in host: NO_PROXY is matched against it', async () => {
    const reach = { endpoint: 'https://s3.corp', network: { proxy: { mode: 'environment' } } };
    const env = { HTTPS_PROXY: corp, NO_PROXY: 's3.corp' };
    const s3 = await signInNetworkInput(reach as never, 'https://s3.corp');
    const sts = await signInNetworkInput(reach as never, 'https://sts.eu-west-1.amazonaws.com');
    expect(connectionProxy(s3, env)).toBeUndefined();
    expect(connectionProxy(sts, env)).toMatchObject({ hostname: 'proxy.corp', port: 3128 });
  });

  it('ask the system about the sign-in host, not the S3 endpoint', async () => {
    const asked: string[] = [];
    const input = await signInNetworkInput(
      {
        endpoint: '',
        network: { proxy: { mode: 'system' } },
        systemProxy: (url) => {
          asked.push(url);
          return Promise.resolve(url.includes('oidc') ? 'PROXY sso-proxy.corp:8080' : 'DIRECT');
        },
      },
      'https://oidc.eu-west-1.amazonaws.com',
    );
    expect(asked).toEqual(['https://oidc.eu-west-1.amazonaws.com']);
    expect(input.network?.proxy).toEqual({ mode: 'url', url: 'http://sso-proxy.corp:8080' });
  });

  it('carry the proxy password and the private CA; a pinned certificate only to its own host', async () => {
    const bundle: NetworkSettings = {
      proxy: { mode: 'url', url: corp, username: 'me' },
      trust: { mode: 'bundle', pem },
    };
    const viaProxy = await signInNetworkInput(
      { endpoint: '', network: bundle, proxyPassword: 'pw' },
      'https://sts.us-east-1.amazonaws.com',
    );
    expect(connectionProxy(viaProxy, {})).toMatchObject({ auth: 'me:pw' });
    expect(viaProxy.network?.trust).toEqual({ mode: 'bundle', pem });

    const pinned: NetworkSettings = { trust: { mode: 'pinned', pem, fingerprint } };
    const rgw = 'https://rgw.corp:8443';
    expect(
      (await signInNetworkInput({ endpoint: rgw, network: pinned }, rgw)).network?.trust,
    ).toMatchObject({ mode: 'pinned' });
    const elsewhere = await signInNetworkInput(
      { endpoint: rgw, network: pinned },
      'https://oidc.us-east-1.amazonaws.com',
    );
    expect(elsewhere.network?.trust).toEqual({ mode: 'system' });
  });
});
