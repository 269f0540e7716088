import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { preflightRefusal } from '../../../../shared/domain/config/cors-preflight.js';
import type {
  PreflightAnswer,
  PreflightRequest,
} from '../../../../shared/domain/config/cors-preflight.js';

const PREFLIGHT_TIMEOUT_MS = 10_000;

/**
 * The URL a browser would use for the object (or the bucket), as this connection addresses
 * it: the SDK resolves endpoint, region and path or virtual-host style; signing is local and
 * the query is dropped, as a browser's preflight carries no credentials.
 */
export async function resourceUrl(
  client: S3Client,
  bucket: string,
  key: string | undefined,
): Promise<string> {
  const signed =
    key === undefined
      ? await getSignedUrl(client, new ListObjectsV2Command({ Bucket: bucket }), { expiresIn: 60 })
      : await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), {
          expiresIn: 60,
        });
  const url = new URL(signed);
  url.search = '';
  return url.toString();
}

function answeredHeaders(response: Response): PreflightAnswer['headers'] {
  const out: PreflightAnswer['headers'] = [];
  response.headers.forEach((value, name) => {
    if (name.startsWith('access-control-') || name === 'vary') out.push({ name, value });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Sends the OPTIONS request a browser would send before a cross-origin request, from the
 * host (no browser in between decides anything), and judges the answer as a browser would.
 */
export async function testPreflight(
  client: S3Client,
  bucket: string,
  request: PreflightRequest,
  signal?: AbortSignal,
): Promise<PreflightAnswer> {
  const url = await resourceUrl(client, bucket, request.key);
  const timeout = AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS);
  const response = await fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: request.origin,
      'Access-Control-Request-Method': request.method,
      ...(request.requestHeaders.length === 0
        ? {}
        : { 'Access-Control-Request-Headers': request.requestHeaders.join(', ').toLowerCase() }),
    },
    redirect: 'manual',
    signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
  });
  // The body (an error document at most) says nothing a browser would use.
  await response.body?.cancel();
  const refusal = preflightRefusal(
    request,
    response.status,
    (name) => response.headers.get(name) ?? undefined,
  );
  return {
    url,
    status: response.status,
    headers: answeredHeaders(response),
    ...(refusal === undefined ? {} : { refusal }),
  };
}
