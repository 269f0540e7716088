import type { Envelope } from '../../../shared/contract/envelope.js';
import { canceledCall, lostContact, readEnvelope } from './envelope-response.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * POST /api/invoke/<channel>; the per-run token rides along as an HttpOnly cookie. Aborting
 * the signal drops the request, and the host stops the work when its connection closes.
 */
export function createWebInvoke(
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): (channel: string, input: unknown, signal?: AbortSignal) => Promise<Envelope<unknown>> {
  return async (channel, input, signal) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        ...(signal === undefined ? {} : { signal }),
      });
    } catch (err) {
      if (signal?.aborted === true) return canceledCall();
      return lostContact(undefined, { cause: String(err) });
    }
    return readEnvelope(response);
  };
}
