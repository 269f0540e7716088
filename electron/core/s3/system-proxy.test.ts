import { describe, expect, it } from 'vitest';
import { parsePacAnswer, withSystemProxy } from './system-proxy.js';

const refusal = (answer: string) => {
  try {
    parsePacAnswer(answer);
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error(`"${answer}" was accepted`);
};

describe('the answer of the system proxy settings (PAC style)', () => {
  it('DIRECT connects directly; PROXY and HTTPS name an HTTP or HTTPS proxy', () => {
    expect(parsePacAnswer('DIRECT')).toEqual({ kind: 'direct' });
    expect(parsePacAnswer('PROXY proxy.corp:3128; DIRECT')).toEqual({
      kind: 'proxy',
      url: 'http://proxy.corp:3128',
    });
    expect(parsePacAnswer('HTTPS secure.corp:443')).toEqual({
      kind: 'proxy',
      url: 'https://secure.corp',
    });
    expect(parsePacAnswer('  proxy [fd00::1]:8080 ')).toEqual({
      kind: 'proxy',
      url: 'http://[fd00::1]:8080',
    });
  });

  it('follows the answer in order, passing over kinds it cannot speak', () => {
    expect(parsePacAnswer('DIRECT; PROXY late:1')).toEqual({ kind: 'direct' });
    expect(parsePacAnswer('SOCKS5 socks:1080; PROXY web:8080')).toEqual({
      kind: 'proxy',
      url: 'http://web:8080',
    });
    expect(parsePacAnswer('QUIC q:443; SOCKS s:1; DIRECT')).toEqual({ kind: 'direct' });
  });

  it('only proxies it cannot speak, or nothing usable, is refused in plain words', () => {
    expect(refusal('SOCKS5 socks.corp:1080')).toMatchObject({
      code: 'ProxyRefused',
      message: expect.stringContaining('SOCKS5 socks.corp:1080') as string,
    });
    expect(refusal('').message).toContain('(nothing)');
    // A malformed entry is not guessed at: no user@ or path sneaks into a proxy address.
    expect(refusal('PROXY user@evil:1').code).toBe('ProxyRefused');
    expect(refusal('PROXY a:1/path').code).toBe('ProxyRefused');
  });
});

describe('a connection set to the system proxy', () => {
  const settings = {
    endpoint: 'https://s3.lab:8443',
    network: { proxy: { mode: 'system' } },
  } as const;

  it('asks the system for its endpoint and takes its answer', async () => {
    const asked: string[] = [];
    const resolved = await withSystemProxy(settings, (url) => {
      asked.push(url);
      return Promise.resolve('PROXY 10.0.0.1:3128');
    });
    expect(asked).toEqual(['https://s3.lab:8443']);
    expect(resolved.network.proxy).toEqual({ mode: 'url', url: 'http://10.0.0.1:3128' });
    const direct = await withSystemProxy(settings, () => Promise.resolve('DIRECT'));
    expect(direct.network.proxy).toEqual({ mode: 'none' });
  });

  it('reads the environment on a host that cannot ask the system', async () => {
    expect((await withSystemProxy(settings, undefined)).network.proxy).toEqual({
      mode: 'environment',
    });
  });

  it('a system that never answers fails in time, naming the endpoint', async () => {
    const silent = () => new Promise<string>(() => undefined);
    await expect(withSystemProxy(settings, silent, 20)).rejects.toMatchObject({
      code: 'Timeout',
      message: expect.stringContaining('s3.lab:8443') as string,
    });
  });

  it('a failed lookup of the system is said as such, naming the endpoint', async () => {
    const broken = () => Promise.reject(new Error('net::ERR_PAC_SCRIPT_FAILED'));
    await expect(withSystemProxy(settings, broken)).rejects.toMatchObject({
      code: 'ProxyRefused',
      message:
        "The system's proxy settings could not be read for s3.lab:8443: net::ERR_PAC_SCRIPT_FAILED",
    });
  });

  it("asks the system about AWS's S3 for the region when the endpoint is empty", async () => {
    const asked: string[] = [];
    const settings = {
      endpoint: '',
      region: 'cn-north-1',
      network: { proxy: { mode: 'system' } },
    } as const;
    const out = await withSystemProxy(settings, (url) => {
      asked.push(url);
      return Promise.resolve('PROXY proxy.corp:3128');
    });
    expect(asked).toEqual(['https://s3.cn-north-1.amazonaws.com.cn']);
    expect(out.network.proxy).toEqual({ mode: 'url', url: 'http://proxy.corp:3128' });
  });

  it('other proxy choices are left as they are, without asking', async () => {
    const never = () => Promise.reject(new Error('asked'));
    const explicit = { endpoint: 'http://h', network: { proxy: { mode: 'none' } } } as const;
    expect(await withSystemProxy(explicit, never)).toBe(explicit);
  });
});
