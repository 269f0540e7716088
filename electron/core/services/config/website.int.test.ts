import { GetBucketWebsiteCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { WebsiteConfig } from '../../../../shared/domain/config/website.js';
import { deleteBucketWebsite, getBucketWebsite, putBucketWebsite } from './website.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();

const site: WebsiteConfig = {
  indexDocument: 'index.html',
  errorDocument: 'errors/404.html',
  routingRules: [
    {
      condition: { keyPrefixEquals: 'docs/' },
      redirect: {
        hostName: 'docs.example',
        protocol: 'https',
        replaceKeyPrefixWith: 'documents/',
        httpRedirectCode: 301,
      },
    },
    {
      condition: { httpErrorCodeReturnedEquals: 404 },
      redirect: { replaceKeyWith: 'missing.html' },
    },
  ],
};

describe('bucket website (Put/Get/DeleteBucketWebsite)', () => {
  it('reports a bucket without a website as none', async () => {
    const { name } = await rig.bucket('web-none');
    expect(await getBucketWebsite(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts index, error document and routing rules, then deletes them', async () => {
    const { name } = await rig.bucket('web');
    await putBucketWebsite(rig.client, name, site);

    const stored = await rig.admin.send(new GetBucketWebsiteCommand({ Bucket: name }));
    expect(stored.IndexDocument).toEqual({ Suffix: 'index.html' });
    expect(stored.ErrorDocument).toEqual({ Key: 'errors/404.html' });
    expect(stored.RedirectAllRequestsTo).toBeUndefined();
    expect(stored.RoutingRules).toEqual([
      {
        Condition: { KeyPrefixEquals: 'docs/' },
        Redirect: {
          HostName: 'docs.example',
          Protocol: 'https',
          ReplaceKeyPrefixWith: 'documents/',
          HttpRedirectCode: '301',
        },
      },
      {
        Condition: { HttpErrorCodeReturnedEquals: '404' },
        Redirect: { ReplaceKeyWith: 'missing.html' },
      },
    ]);
    expect(await getBucketWebsite(rig.client, name)).toEqual({ state: 'set', config: site });

    await deleteBucketWebsite(rig.client, name);
    expect(await getBucketWebsite(rig.client, name)).toEqual({ state: 'none' });
    await expect(
      rig.admin.send(new GetBucketWebsiteCommand({ Bucket: name })),
    ).rejects.toMatchObject({ name: 'NoSuchWebsiteConfiguration' });
  });

  it('puts a redirect of every request', async () => {
    const { name } = await rig.bucket('web-redirect');
    const redirect: WebsiteConfig = {
      routingRules: [],
      redirectAllRequestsTo: { hostName: 'www.example', protocol: 'https' },
    };
    await putBucketWebsite(rig.client, name, redirect);

    const stored = await rig.admin.send(new GetBucketWebsiteCommand({ Bucket: name }));
    expect(stored.RedirectAllRequestsTo).toEqual({ HostName: 'www.example', Protocol: 'https' });
    expect(stored.IndexDocument).toBeUndefined();
    expect(await getBucketWebsite(rig.client, name)).toEqual({ state: 'set', config: redirect });
  });
});
