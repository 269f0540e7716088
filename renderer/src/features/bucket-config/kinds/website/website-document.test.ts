import { describe, expect, it } from 'vitest';
import { websiteConfigSchema } from '../../../../../../shared/domain/config/website.js';
import type { WebsiteConfig } from '../../../../../../shared/domain/config/website.js';
import { modelToText, textToDraft } from '../s3-document/codec.js';
import { checkWithSchema } from '../validation/field-issues.js';
import { websiteCodec } from './website-document.js';

const site: WebsiteConfig = {
  indexDocument: 'index.html',
  errorDocument: 'errors/404.html',
  routingRules: [
    {
      condition: { keyPrefixEquals: 'docs/' },
      redirect: { replaceKeyPrefixWith: 'documents/', httpRedirectCode: 301 },
    },
    {
      condition: { httpErrorCodeReturnedEquals: 404 },
      redirect: { hostName: 'example.com', protocol: 'https' },
    },
  ],
};

describe('raw website text', () => {
  it('writes routing rules wrapped, codes as text, as S3 does', () => {
    const xml = modelToText(websiteCodec, site, 'xml');
    expect(xml).toContain('<ErrorDocument>\n    <Key>errors/404.html</Key>\n  </ErrorDocument>');
    expect(xml).toContain('<IndexDocument>\n    <Suffix>index.html</Suffix>');
    expect(xml).toMatch(/<RoutingRules>\s*<RoutingRule>\s*<Condition>\s*<KeyPrefixEquals>docs\//);
    expect(xml).toContain('<HttpErrorCodeReturnedEquals>404</HttpErrorCodeReturnedEquals>');
    expect(JSON.parse(modelToText(websiteCodec, site, 'json'))).toEqual({
      ErrorDocument: { Key: 'errors/404.html' },
      IndexDocument: { Suffix: 'index.html' },
      RoutingRules: [
        {
          Condition: { KeyPrefixEquals: 'docs/' },
          Redirect: { HttpRedirectCode: '301', ReplaceKeyPrefixWith: 'documents/' },
        },
        {
          Condition: { HttpErrorCodeReturnedEquals: '404' },
          Redirect: { HostName: 'example.com', Protocol: 'https' },
        },
      ],
    });
  });

  it.each(['xml', 'json'] as const)('reads its own %s back to the same model', (format) => {
    const draft = textToDraft(websiteCodec, modelToText(websiteCodec, site, format), format);
    expect(draft).toEqual({ ok: true, value: site });
  });

  it('round-trips redirect-all', () => {
    const all: WebsiteConfig = {
      routingRules: [],
      redirectAllRequestsTo: { hostName: 'www.example.com', protocol: 'https' },
    };
    const xml = modelToText(websiteCodec, all, 'xml');
    expect(xml).toContain('<RedirectAllRequestsTo>\n    <HostName>www.example.com</HostName>');
    expect(textToDraft(websiteCodec, xml, 'xml')).toEqual({ ok: true, value: all });
  });

  it('lets the schema name a status code that is not a number, and the mix S3 refuses', () => {
    const json = JSON.stringify({
      IndexDocument: { Suffix: 'index.html' },
      RedirectAllRequestsTo: { HostName: 'example.com' },
      RoutingRules: [{ Redirect: { HttpRedirectCode: 'moved' } }],
    });
    const draft = textToDraft(websiteCodec, json, 'json');
    const checked = checkWithSchema(websiteConfigSchema, draft.ok ? draft.value : null);
    const paths = checked.ok ? [] : checked.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('routingRules.0.redirect.httpRedirectCode');
  });
});
