import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardConfig {
  port: number;
  /** The session secret the launch code was traded for; undefined until then. */
  session: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export function sessionCookieName(port: number): string {
  // Cookies ignore ports, so two hosts on one machine need distinct names.
  return `holdall-session-${port}`;
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

export function sameSecret(given: string, expected: string): boolean {
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

/** True when the request carries this run's session cookie. */
export function hasSession(headers: IncomingHttpHeaders, config: GuardConfig): boolean {
  const given = readCookie(headers.cookie, sessionCookieName(config.port));
  return given !== undefined && config.session !== undefined && sameSecret(given, config.session);
}

/**
 * Every request must name this host exactly (DNS rebinding sends a foreign Host) and
 * come from no other origin (a page elsewhere cannot drive the API).
 */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  if (headers.host === undefined || !allowedHosts(port).includes(headers.host)) {
    return { ok: false, status: 403, reason: `Host "${headers.host ?? ''}" is not this app` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin)) {
    return { ok: false, status: 403, reason: `Origin "${origin}" may not use this app` };
  }
  return { ok: true };
}

/** checkOrigin, and the session cookie the launch link gave this browser. */
export function checkRequest(headers: IncomingHttpHeaders, config: GuardConfig): GuardVerdict {
  const origin = checkOrigin(headers, config.port);
  if (!origin.ok) return origin;
  if (!hasSession(headers, config))
    return {
      ok: false,
      status: 401,
      reason: 'No session: open the link Holdall printed when it started',
    };
  return { ok: true };
}
