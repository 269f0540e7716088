import type { z } from 'zod';
import { profileSummarySchema } from './profile.js';
import type { Addressing } from './profile.js';

/**
 * `holdall://connect?endpoint=…&region=…&bucket=…&name=…&style=path`: a link that opens the
 * new-connection form prefilled. It never carries a secret: a link naming anything like a key,
 * secret, token or password is refused whole, so nobody learns to pass keys in links.
 */
export const CONNECT_LINK_START = 'holdall://connect';
/** Far above any honest link (an endpoint is at most 2,048 characters). */
export const MAX_CONNECT_LINK_LENGTH = 4096;

/** What a link may fill in; every field optional, each checked as the profile checks it. */
export interface ConnectPrefill {
  name?: string;
  endpoint?: string;
  region?: string;
  bucket?: string;
  addressing?: Addressing;
}

export type ConnectLinkResult =
  { ok: true; prefill: ConnectPrefill; ignored: string[] } | { ok: false; reason: string };

const fields = profileSummarySchema.shape;
const fieldSchemas = {
  name: fields.name,
  endpoint: fields.endpoint,
  region: fields.region,
  bucket: fields.bucket.unwrap(),
  addressing: fields.addressing,
} satisfies Record<keyof ConnectPrefill, z.ZodType>;

/** Parameter names a secret could hide behind, in any spelling (secretKey, aws_secret, …). */
const SECRET_LIKE = /secret|key|token|password|passwd|credential|session|signature|auth/i;

/** The link's parameter for each prefilled field: `style` reads better in a link. */
const PARAMS: Record<string, keyof ConnectPrefill> = {
  name: 'name',
  endpoint: 'endpoint',
  region: 'region',
  bucket: 'bucket',
  style: 'addressing',
};

function refused(reason: string): ConnectLinkResult {
  return { ok: false, reason };
}

/** Decodes `a=b&c=d` strictly: a bad percent-escape refuses the link rather than guessing. */
function splitQuery(query: string): [string, string][] | null {
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const rawName = at === -1 ? part : part.slice(0, at);
    const rawValue = at === -1 ? '' : part.slice(at + 1);
    try {
      pairs.push([
        decodeURIComponent(rawName.replaceAll('+', ' ')),
        decodeURIComponent(rawValue.replaceAll('+', ' ')),
      ]);
    } catch {
      return null;
    }
  }
  return pairs;
}

/**
 * What a `holdall://connect?…` link fills in, or why it is refused (not such a link, too long,
 * bad encoding, a secret-like parameter, a value the form would refuse). Unknown parameters are
 * named in `ignored`, so the form can tell the user what was left out.
 */
export function parseConnectLink(link: unknown): ConnectLinkResult {
  if (typeof link !== 'string') return refused('The link is not text.');
  if (link.length > MAX_CONNECT_LINK_LENGTH)
    return refused(`The link is longer than ${MAX_CONNECT_LINK_LENGTH} characters.`);
  const match = /^holdall:\/\/connect\/?(?:\?([^#]*))?(?:#.*)?$/i.exec(link);
  if (match === null) return refused('This is not a holdall://connect link.');
  const pairs = splitQuery(match[1] ?? '');
  if (pairs === null) return refused('The link holds a broken %-escape.');
  const secretLike = pairs.map(([name]) => name).filter((name) => SECRET_LIKE.test(name));
  if (secretLike.length > 0)
    return refused(
      `The link carries ${secretLike.join(', ')}: a link never holds keys or secrets, so it was not used.`,
    );
  const prefill: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [param, value] of pairs) {
    const field = Object.hasOwn(PARAMS, param) ? PARAMS[param] : undefined;
    if (field === undefined || field in prefill) {
      ignored.push(param);
      continue;
    }
    const checked = fieldSchemas[field].safeParse(value);
    if (!checked.success)
      return refused(`${param}: ${checked.error.issues[0]?.message ?? 'is not valid'}`);
    prefill[field] = checked.data;
  }
  return { ok: true, prefill: prefill, ignored };
}

/** The link for a connection's public settings: never a key or a secret. */
export function buildConnectLink(profile: ConnectPrefill): string {
  const query = new URLSearchParams();
  for (const [param, field] of Object.entries(PARAMS)) {
    const value = profile[field];
    if (value !== undefined && value !== '') query.set(param, value);
  }
  return `${CONNECT_LINK_START}?${query.toString()}`;
}
