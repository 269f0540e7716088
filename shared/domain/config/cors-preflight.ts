import { z } from 'zod';
import { objectKeySchema } from '../object-key.js';
import { corsMethodSchema } from './cors.js';

/** An origin as browsers send it: scheme, host and port, no path. */
const originSchema = z
  .string()
  .trim()
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'must be an origin such as https://app.example');

const requestHeaderSchema = z
  .string()
  .trim()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a header name');

/** What a browser would send before a cross-origin request to an object of the bucket. */
export const preflightRequestSchema = z
  .object({
    origin: originSchema,
    method: corsMethodSchema,
    /** Access-Control-Request-Headers, e.g. content-type. */
    requestHeaders: z.array(requestHeaderSchema).max(20, 'at most 20 headers').default([]),
    /** The object the request would be for; without it, the bucket itself. */
    key: objectKeySchema.optional(),
  })
  .strict();
export type PreflightRequest = z.infer<typeof preflightRequestSchema>;

/** Why a browser would refuse the actual request after this answer. */
export const preflightRefusalSchema = z.enum(['status', 'origin', 'method', 'headers']);
export type PreflightRefusal = z.infer<typeof preflightRefusalSchema>;

export const preflightAnswerSchema = z.object({
  /** Where the OPTIONS request went. */
  url: z.string(),
  status: z.number().int(),
  /** Access-Control-* and Vary headers of the answer, names in lower case. */
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  /** Undefined when a browser would go on with the request. */
  refusal: preflightRefusalSchema.optional(),
});
export type PreflightAnswer = z.infer<typeof preflightAnswerSchema>;

function listed(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '');
}

/**
 * Judges the answer as a browser would (Fetch standard, CORS check): the origin must be
 * echoed or "*", and the method and every requested header allowed. Simple methods and
 * headers count as allowed, as browsers treat them.
 */
export function preflightRefusal(
  request: Pick<PreflightRequest, 'origin' | 'method' | 'requestHeaders'>,
  status: number,
  header: (name: string) => string | undefined,
): PreflightRefusal | undefined {
  if (status < 200 || status > 299) return 'status';
  const origin = header('access-control-allow-origin');
  if (origin !== '*' && origin !== request.origin) return 'origin';
  const methods = listed(header('access-control-allow-methods'));
  const simpleMethod = ['GET', 'HEAD', 'POST'].includes(request.method);
  if (!simpleMethod && !methods.includes('*') && !methods.includes(request.method.toLowerCase())) {
    return 'method';
  }
  const headers = listed(header('access-control-allow-headers'));
  const missing = request.requestHeaders.some(
    (h) => !headers.includes('*') && !headers.includes(h.toLowerCase()),
  );
  return missing ? 'headers' : undefined;
}
