import { BlockList, isIP } from 'node:net';
import type { ProxySettings } from '../../../shared/domain/network.js';

/** Where a connection's requests go first: a proxy's address and its Basic credentials. */
export interface ProxyTarget {
  hostname: string;
  port: number;
  /** `user:password`, when the proxy wants Basic authentication. */
  auth?: string;
  /** An https:// proxy: TLS to the proxy itself, then the request or CONNECT inside it. */
  tls?: true;
}

export type ProxyEnv = Readonly<Record<string, string | undefined>>;

function envValue(env: ProxyEnv, name: string): string | undefined {
  // curl reads the lower-case names first; an empty value means unset.
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Whether an IP address `host` is `entry`: the same address however written (`::1`,
 * `0:0::1`), or inside it when the entry is a CIDR range (`10.0.0.0/8`, `fd00::/8`).
 */
function ipMatches(entry: string, host: string): boolean {
  const family = isIP(host);
  const [address = '', bits] = entry.split('/');
  if (family === 0 || isIP(address) !== family) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const list = new BlockList();
  if (bits === undefined) list.addAddress(address, type);
  else {
    const prefix = /^\d{1,3}$/.test(bits) ? Number(bits) : Number.NaN;
    if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) return false;
    list.addSubnet(address, prefix, type);
  }
  return list.check(host, type);
}

/**
 * NO_PROXY as curl reads it: comma- or space-separated entries; `*` alone matches every host;
 * an entry matches the host itself and every name under it (a leading dot or `*.` is ignored);
 * an entry with `:port` matches only that port. An IP address matches the same address, and a
 * CIDR range (`10.0.0.0/8`, `::1/128`) every address inside it, as curl 7.86 and later do.
 */
export function bypassesProxy(
  noProxy: string | undefined,
  hostname: string,
  port: number,
): boolean {
  if (noProxy === undefined) return false;
  const host = bareHost(hostname);
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    const entryHost = bareHost(withPort?.[1] ?? entry).replace(/^\*?\./, '');
    if (withPort !== undefined && withPort !== null && Number(withPort[2]) !== port) continue;
    if (entryHost === '') continue;
    if (isIP(host) !== 0) {
      if (ipMatches(entryHost, host)) return true;
      continue;
    }
    if (host === entryHost || host.endsWith(`.${entryHost}`)) return true;
  }
  return false;
}

/** A proxy URL's parts; the password comes from the sealed store, not the URL. */
export function proxyTargetOf(url: string, username?: string, password?: string): ProxyTarget {
  const parsed = new URL(url);
  const user = username ?? decodeURIComponent(parsed.username);
  const pass = password ?? decodeURIComponent(parsed.password);
  const tls = parsed.protocol === 'https:';
  return {
    hostname: bareHost(parsed.hostname),
    port: parsed.port === '' ? (tls ? 443 : 80) : Number(parsed.port),
    ...(user === '' ? {} : { auth: `${user}:${pass}` }),
    ...(tls ? { tls: true as const } : {}),
  };
}

/** The proxy a request to `endpoint` takes, or undefined to connect directly. */
export function chooseProxy(
  settings: ProxySettings | undefined,
  endpoint: URL,
  env: ProxyEnv,
  password?: string,
): ProxyTarget | undefined {
  if (settings === undefined || settings.mode === 'none') return undefined;
  if (settings.mode === 'url') return proxyTargetOf(settings.url, settings.username, password);
  // "system" reaches here only where no system answer was asked for (withSystemProxy): a host
  // without OS settings, whose stand-in for them is the environment.
  const https = endpoint.protocol === 'https:';
  const url =
    (https ? envValue(env, 'https_proxy') : envValue(env, 'http_proxy')) ??
    envValue(env, 'all_proxy');
  if (url === undefined) return undefined;
  const port = endpoint.port === '' ? (https ? 443 : 80) : Number(endpoint.port);
  if (bypassesProxy(envValue(env, 'no_proxy'), endpoint.hostname, port)) return undefined;
  // curl takes a bare host:port as an http:// proxy.
  return proxyTargetOf(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`);
}
