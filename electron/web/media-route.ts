import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Core } from '../core/create-core.js';

/**
 * GET /api/media?profile=…&bucket=…&key=…: an object for <img>, <audio>, <video> and the PDF
 * viewer, behind the same token and Host/Origin checks as the rest of the API (already passed).
 * The Range header goes through to S3; the answer streams, never held whole in memory.
 */
export async function handleMedia(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  open: Core['openObjectStream'] | undefined,
  hostHeaders: Record<string, string>,
): Promise<void> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || open === undefined) {
    res.writeHead(405, { ...hostHeaders, Allow: 'GET, HEAD' }).end();
    return;
  }
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const answer = await open(
    { query: url.searchParams, range: req.headers.range, embedder: "'self'" },
    abort.signal,
  );
  // The app's page policy would forbid framing; the media answer brings its own narrower one.
  const { 'Content-Security-Policy': _pagePolicy, ...common } = hostHeaders;
  res.writeHead(answer.status, { ...common, ...answer.headers });
  if (typeof answer.body === 'string') {
    res.end(req.method === 'HEAD' ? undefined : answer.body);
    return;
  }
  if (req.method === 'HEAD') {
    answer.body.destroy();
    res.end();
    return;
  }
  // A media element that seeks drops its request: that ends the S3 read too.
  await pipeline(answer.body, res).catch(() => undefined);
}
