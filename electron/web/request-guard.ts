import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardConfig {
  port: number;
  token: string;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export function tokenCookieName(port: number): string {
  // Cookies ignore ports, so two hosts on one machine need distinct names.
  return `holdall-token-${port}`;
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function presentedToken(headers: IncomingHttpHeaders, port: number): string | undefined {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ') === true) return auth.slice('Bearer '.length);
  return readCookie(headers.cookie, tokenCookieName(port));
}

/**
 * Every request must name this host exactly (DNS rebinding sends a foreign Host),
 * come from no other origin (a page elsewhere cannot drive the API), and carry the token.
 */
export function checkRequest(
  headers: IncomingHttpHeaders,
  config: GuardConfig,
  queryToken?: string | null,
): GuardVerdict {
  if (headers.host === undefined || !allowedHosts(config.port).includes(headers.host)) {
    return { ok: false, status: 403, reason: `Host "${headers.host ?? ''}" is not this app` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(config.port).includes(origin)) {
    return { ok: false, status: 403, reason: `Origin "${origin}" may not use this app` };
  }
  const token = queryToken ?? presentedToken(headers, config.port);
  if (token === undefined || !sameSecret(token, config.token)) {
    return {
      ok: false,
      status: 401,
      reason: 'Missing or wrong token: open the URL Holdall printed',
    };
  }
  return { ok: true };
}
