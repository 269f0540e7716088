import { describe, expect, it } from 'vitest';
import { websiteEndpoint } from './website-endpoint.js';

const aws = { provider: 'aws' as const, endpoint: '', addressing: 'virtual' as const };

describe('website endpoint', () => {
  it("follows AWS's two naming schemes", () => {
    expect(websiteEndpoint({ ...aws, region: 'us-west-2' }, 'site')).toEqual({
      kind: 'known',
      url: 'http://site.s3-website-us-west-2.amazonaws.com/',
    });
    expect(websiteEndpoint({ ...aws, region: 'eu-central-1' }, 'site')).toEqual({
      kind: 'known',
      url: 'http://site.s3-website.eu-central-1.amazonaws.com/',
    });
  });

  it('says why RGW and unknown providers have no address to show', () => {
    const rgw = {
      provider: 'ceph' as const,
      endpoint: 'http://rgw:7480',
      region: 'us-east-1',
      addressing: 'path' as const,
    };
    expect(websiteEndpoint(rgw, 'site')).toEqual({ kind: 'rgwPathStyle' });
    expect(websiteEndpoint({ ...rgw, provider: 'generic' }, 'site')).toEqual({ kind: 'unknown' });
    expect(
      websiteEndpoint({ ...aws, endpoint: 'http://proxy', region: 'us-east-1' }, 'site'),
    ).toEqual({
      kind: 'unknown',
    });
  });
});
