import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildConnectLink, MAX_CONNECT_LINK_LENGTH, parseConnectLink } from './connection-link.js';

describe('holdall://connect links', () => {
  it('fill in the new-connection form from a link', () => {
    const link =
      'holdall://connect?endpoint=https%3A%2F%2Fs3.lab.example%3A7480&region=zg&bucket=photos&name=Lab%20store&style=path';
    expect(parseConnectLink(link)).toEqual({
      ok: true,
      prefill: {
        endpoint: 'https://s3.lab.example:7480',
        region: 'zg',
        bucket: 'photos',
        name: 'Lab store',
        addressing: 'path',
      },
      ignored: [],
    });
  });

  it('survive the round trip from a connection, and never carry its keys', () => {
    const profile = {
      name: 'Zürich & co + more',
      endpoint: 'http://[::1]:7480/',
      region: 'us-east-1',
      bucket: 'b.one',
      addressing: 'virtual' as const,
      accessKeyId: 'AKIDSECRET',
      secretAccessKey: 'never-in-a-link',
    };
    const link = buildConnectLink(profile);
    expect(link).not.toContain('AKIDSECRET');
    expect(link).not.toContain('never-in-a-link');
    const parsed = parseConnectLink(link);
    expect(parsed.ok && parsed.prefill).toEqual({
      name: profile.name,
      endpoint: profile.endpoint,
      region: profile.region,
      bucket: profile.bucket,
      addressing: 'virtual',
    });
  });

  it('refuse a link carrying anything like a key or secret, naming it', () => {
    for (const param of [
      'secret',
      'accessKeyId',
      'aws_secret_access_key',
      'sessionToken',
      'Password',
    ]) {
      const parsed = parseConnectLink(`holdall://connect?region=zg&${param}=x`);
      expect(parsed).toEqual({ ok: false, reason: expect.stringContaining(param) as string });
    }
  });

  it('refuse other schemes, over-long links and broken escapes', () => {
    const refusedOf = (link: unknown) => {
      const parsed = parseConnectLink(link);
      return parsed.ok ? '' : parsed.reason;
    };
    expect(refusedOf('javascript:alert(1)//holdall://connect?x')).toContain(
      'not a holdall://connect',
    );
    expect(refusedOf('holdall://open/#/c/x')).toContain('not a holdall://connect');
    expect(refusedOf(' holdall://connect?region=zg')).toContain('not a holdall://connect');
    expect(refusedOf(42)).toContain('not text');
    const long = `holdall://connect?name=${'a'.repeat(MAX_CONNECT_LINK_LENGTH)}`;
    expect(refusedOf(long)).toContain('longer than');
    expect(refusedOf('holdall://connect?name=%E0%A4%A')).toContain('%-escape');
    expect(refusedOf('holdall://connect?endpoint=javascript:alert(1)')).toContain('endpoint:');
    expect(refusedOf('holdall://connect?style=sideways')).toContain('style:');
  });

  it('name the parameters it left out', () => {
    const parsed = parseConnectLink('holdall://connect?region=zg&color=red&region=us');
    expect(parsed).toEqual({ ok: true, prefill: { region: 'zg' }, ignored: ['color', 'region'] });
    expect(parseConnectLink('holdall://connect')).toEqual({ ok: true, prefill: {}, ignored: [] });
  });

  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `holdall://connect?${s}`),
        ),
        (text) => {
          const parsed = parseConnectLink(text);
          expect(typeof parsed.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
