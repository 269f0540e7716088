import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bypassesProxy, chooseProxy } from './proxy-choice.js';

const env = (vars: Record<string, string>) => vars;
const fromEnv = { mode: 'environment' } as const;

describe('the proxy a request takes', () => {
  it('none and an explicit proxy ignore the environment', () => {
    const vars = env({ HTTPS_PROXY: 'http://env-proxy:8080' });
    expect(chooseProxy({ mode: 'none' }, new URL('https://s3.example'), vars)).toBeUndefined();
    expect(
      chooseProxy(
        { mode: 'url', url: 'http://p.example:3128', username: 'alice' },
        new URL('https://s3.example'),
        vars,
        'pw',
      ),
    ).toEqual({ hostname: 'p.example', port: 3128, auth: 'alice:pw' });
  });

  it('from the environment: HTTPS_PROXY for https, HTTP_PROXY for http, lower case first', () => {
    const vars = env({
      https_proxy: 'http://lower:1',
      HTTPS_PROXY: 'http://upper:2',
      HTTP_PROXY: 'plain:3',
    });
    expect(chooseProxy(fromEnv, new URL('https://s3.example'), vars)?.hostname).toBe('lower');
    expect(chooseProxy(fromEnv, new URL('http://s3.example'), vars)).toEqual({
      hostname: 'plain',
      port: 3,
    });
    expect(chooseProxy(fromEnv, new URL('http://s3.example'), {})).toBeUndefined();
  });

  it('an https:// proxy is reached over TLS, on port 443 unless it names one', () => {
    const vars = env({ HTTPS_PROXY: 'https://secure-proxy' });
    expect(chooseProxy(fromEnv, new URL('https://s3.example'), vars)).toEqual({
      hostname: 'secure-proxy',
      port: 443,
      tls: true,
    });
    expect(
      chooseProxy({ mode: 'url', url: 'https://p.example:8443' }, new URL('http://s3'), {}),
    ).toEqual({ hostname: 'p.example', port: 8443, tls: true });
  });

  it('NO_PROXY with a CIDR range sends an endpoint inside it directly', () => {
    const vars = env({ HTTP_PROXY: 'http://p:1', NO_PROXY: 'internal.corp, 10.0.0.0/8' });
    expect(chooseProxy(fromEnv, new URL('http://10.1.2.3:7480'), vars)).toBeUndefined();
    expect(chooseProxy(fromEnv, new URL('http://172.16.0.1:7480'), vars)?.hostname).toBe('p');
  });

  it('ALL_PROXY is the fallback, and credentials in the variable are used', () => {
    const vars = env({ ALL_PROXY: 'http://bob:s%40cret@all:8080' });
    expect(chooseProxy(fromEnv, new URL('https://s3.example'), vars)).toEqual({
      hostname: 'all',
      port: 8080,
      auth: 'bob:s@cret',
    });
  });
});

describe('NO_PROXY as curl reads it', () => {
  it.each([
    ['example.com', 's3.example.com', 443, true],
    ['.example.com', 's3.example.com', 443, true],
    ['example.com', 'example.com', 443, true],
    ['example.com', 'notexample.com', 443, false],
    ['*', 'anything.at.all', 80, true],
    ['example.com:9000', 's3.example.com', 9000, true],
    ['example.com:9000', 's3.example.com', 443, false],
    ['10.0.0.1', '10.0.0.1', 80, true],
    ['10.0.0.1', '10.0.0.12', 80, false],
    ['[::1]:7480', '[::1]', 7480, true],
    ['::1', '[::1]', 7480, true],
    ['a.test, B.TEST  c.test', 'x.b.test', 443, true],
    ['', 's3.example.com', 443, false],
    ['10.0.0.0/8', '10.20.30.40', 443, true],
    ['10.0.0.0/8', '11.0.0.1', 443, false],
    ['192.168.1.0/24', '192.168.1.255', 80, true],
    ['192.168.1.0/24', '192.168.2.1', 80, false],
    ['::1/128', '[::1]', 7480, true],
    ['fd00::/8', '[fd12:3456::1]', 443, true],
    ['fd00::/8', '[fe80::1]', 443, false],
    ['0:0::1', '[::1]', 443, true],
    ['10.0.0.0/8', 'ten.example', 443, false],
    ['10.0.0.0/33', '10.0.0.1', 443, false],
    ['*.example.com', 's3.example.com', 443, true],
    ['.example.com', 'example.com', 443, true],
  ])('NO_PROXY=%s, host %s port %d → bypass %s', (noProxy, host, port, bypass) => {
    expect(bypassesProxy(noProxy, host, port)).toBe(bypass);
  });

  it('a host is never bypassed by an entry that is not its own name or a parent', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
    fc.assert(
      fc.property(label, label, label, (a, b, c) => {
        fc.pre(a !== b);
        expect(bypassesProxy(`${a}.${c}`, `${b}.${c}`, 443)).toBe(false);
        expect(bypassesProxy(c, `${b}.${c}`, 443)).toBe(true);
      }),
    );
  });
});
