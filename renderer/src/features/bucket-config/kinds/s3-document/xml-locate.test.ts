import { describe, expect, it } from 'vitest';
import { websiteDocument } from '../website/website-document.js';
import { s3PathOf } from './s3-path.js';
import { xmlPathLine } from './xml-locate.js';

const xml = `<?xml version="1.0"?>
<!-- a comment with <Tags> inside -->
<WebsiteConfiguration>
  <IndexDocument><Suffix>index.html</Suffix></IndexDocument>
  <RoutingRules>
    <RoutingRule>
      <Redirect><HostName>a.example</HostName></Redirect>
    </RoutingRule>
    <RoutingRule>
      <Condition><KeyPrefixEquals>docs/</KeyPrefixEquals></Condition>
      <Redirect>
        <HttpRedirectCode>301</HttpRedirectCode>
      </Redirect>
    </RoutingRule>
  </RoutingRules>
</WebsiteConfiguration>`;

describe('finding a field in XML text', () => {
  it('finds an item of a wrapped list and a field inside it', () => {
    expect(xmlPathLine(xml, websiteDocument, 'RoutingRules.1')).toBe(9);
    expect(xmlPathLine(xml, websiteDocument, 'RoutingRules.1.Redirect.HttpRedirectCode')).toBe(12);
    expect(xmlPathLine(xml, websiteDocument, 'IndexDocument.Suffix')).toBe(4);
  });

  it('answers the nearest enclosing element for a field that is not written', () => {
    expect(xmlPathLine(xml, websiteDocument, 'RoutingRules.0.Condition')).toBe(6);
    expect(xmlPathLine(xml, websiteDocument, 'ErrorDocument.Key')).toBe(3);
  });

  it('has no line for another document', () => {
    expect(xmlPathLine('<CORSConfiguration/>', websiteDocument, '')).toBeUndefined();
  });
});

describe('model paths in S3 names', () => {
  const names = { routingRules: 'RoutingRules', redirect: 'Redirect', prefix: 'Filter.Prefix' };

  it('renames fields, keeps indexes, maps one field to a deeper path', () => {
    expect(s3PathOf('routingRules.2.redirect', names)).toBe('RoutingRules.2.Redirect');
    expect(s3PathOf('prefix', names)).toBe('Filter.Prefix');
  });

  it('stops at a field S3 has no name for, so its parent is placed', () => {
    expect(s3PathOf('routingRules.0.unknown.x', names)).toBe('RoutingRules.0');
    expect(s3PathOf('', names)).toBe('');
  });
});
