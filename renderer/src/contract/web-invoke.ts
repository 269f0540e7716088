import type { Envelope } from '../../../shared/contract/envelope.js';
import { lostContact, readEnvelope } from './envelope-response.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** POST /api/invoke/<channel>; the per-run token rides along as an HttpOnly cookie. */
export function createWebInvoke(
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): (channel: string, input: unknown) => Promise<Envelope<unknown>> {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch (err) {
      return lostContact(undefined, { cause: String(err) });
    }
    return readEnvelope(response);
  };
}
