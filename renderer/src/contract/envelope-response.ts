import { isAppErrorShape } from '../../../shared/contract/envelope.js';
import type { Envelope } from '../../../shared/contract/envelope.js';
import { contractMessages as m } from './messages.js';

/** The caller stopped waiting (it left the folder, say): the host was told to stop too. */
export function canceledCall(): Envelope<never> {
  return { ok: false, error: { code: 'Canceled', message: m.canceled } };
}

/** The transport failed, so there is no host error to pass on: say so plainly. */
export function lostContact(reason?: string, details?: Record<string, unknown>): Envelope<never> {
  const message =
    reason === undefined || reason === '' ? m.lostContact : `${m.lostContact}: ${reason}`;
  return {
    ok: false,
    error:
      details === undefined
        ? { code: 'Internal', message }
        : { code: 'Internal', message, details },
  };
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && isAppErrorShape(value.error);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Long HTML error pages would swamp the UI; the first line says enough.
function shortReason(text: string): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * Turns an HTTP reply from the browser host into an envelope. A non-2xx reply
 * that still carries an error envelope (the host's 400/413 answers) keeps it,
 * because its code and message are more useful than a generic transport error.
 */
export async function readEnvelope(
  response: Pick<Response, 'ok' | 'status' | 'text'>,
): Promise<Envelope<unknown>> {
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    return lostContact(`reply cut off (HTTP ${response.status})`, { cause: String(err) });
  }
  const body = parseJson(text);
  if (isEnvelope(body) && (response.ok || !body.ok)) return body;
  if (!response.ok) {
    const reason = shortReason(text);
    return lostContact(
      reason === '' ? `HTTP ${response.status}` : `HTTP ${response.status} ${reason}`,
      { status: response.status },
    );
  }
  return lostContact('the reply was not a contract envelope', { status: response.status });
}
