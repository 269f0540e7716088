import { S3Client } from '@aws-sdk/client-s3';
import { SSOClient } from '@aws-sdk/client-sso';
import { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import type { ProxySettings } from '../../../shared/domain/network.js';
import { awsEndpoint, reachedEndpoint } from './aws-endpoints.js';
import type { AwsService } from './aws-endpoints.js';
import { connectionProxy } from './network-agents.js';

/** The address the SDK itself resolves for a client with no endpoint set. */
function sdkEndpoint(service: AwsService, region: string): string {
  const clients = { s3: S3Client, sts: STSClient, oidc: SSOOIDCClient, 'portal.sso': SSOClient };
  const client = new clients[service]({ region });
  const params = { Region: region, UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: false };
  const url = client.config.endpointProvider(params).url.href;
  client.destroy();
  return url.replace(/\/$/, '');
}

describe("AWS's own endpoints, where a connection with an empty endpoint goes", () => {
  it.each(['eu-west-1', 'us-east-1', 'cn-north-1', 'cn-northwest-1'])(
    'are the addresses the SDK reaches in %s',
    (region) => {
      for (const service of ['s3', 'sts', 'oidc', 'portal.sso'] as const) {
        expect(awsEndpoint(service, region)).toBe(sdkEndpoint(service, region));
      }
    },
  );

  it('are under amazonaws.com.cn in the China regions, us-east-1 without a region', () => {
    expect(reachedEndpoint({ endpoint: '', region: 'cn-north-1' })).toBe(
      'https://s3.cn-north-1.amazonaws.com.cn',
    );
    expect(reachedEndpoint({ endpoint: '', region: '' })).toBe(
      'https://s3.us-east-1.amazonaws.com',
    );
    expect(reachedEndpoint({ endpoint: 'http://rgw:7480', region: 'eu-west-1' })).toBe(
      'http://rgw:7480',
    );
  });
});

describe('the proxy of a connection to AWS S3 (empty endpoint)', () => {
  const corp = 'http://proxy.corp:3128';
  const aws = (proxy: ProxySettings, region = 'eu-west-1') => ({
    endpoint: '',
    region,
    network: { proxy },
  });

  it('is the chosen one in every mode, as for any https:// endpoint', () => {
    const env = { HTTPS_PROXY: corp };
    expect(connectionProxy(aws({ mode: 'none' }), env)).toBeUndefined();
    expect(connectionProxy(aws({ mode: 'url', url: corp }), {})).toMatchObject({
      hostname: 'proxy.corp',
      port: 3128,
    });
    expect(connectionProxy(aws({ mode: 'environment' }), env)).toMatchObject({ port: 3128 });
    // A host that cannot ask the system reads the environment for "system".
    expect(connectionProxy(aws({ mode: 'system' }), env)).toMatchObject({ port: 3128 });
    // AWS is reached over https://, so only an https or catch-all proxy applies.
    expect(connectionProxy(aws({ mode: 'environment' }), { HTTP_PROXY: corp })).toBeUndefined();
  });

  it("matches NO_PROXY against AWS's host, which bucket names sit under", () => {
    const skip = (noProxy: string, region = 'eu-west-1') =>
      connectionProxy(aws({ mode: 'environment' }, region), {
        HTTPS_PROXY: corp,
        NO_PROXY: noProxy,
      }) === undefined;
    expect(skip('.amazonaws.com')).toBe(true);
    expect(skip('s3.eu-west-1.amazonaws.com')).toBe(true);
    expect(skip('s3.us-east-1.amazonaws.com')).toBe(false);
    expect(skip('.amazonaws.com', 'cn-north-1')).toBe(false);
    expect(skip('.amazonaws.com.cn', 'cn-north-1')).toBe(true);
  });
});
