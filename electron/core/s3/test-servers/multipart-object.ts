import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { listenLoopback } from './loopback.js';
import type { LoopbackServer } from './loopback.js';

export interface MultipartObjectOptions {
  /** Flip the byte at this offset in every GET that covers it: bytes damaged on the way. */
  corruptAt?: number;
}

/**
 * A loopback S3 stand-in holding any key as one multipart object made of `parts`: HEAD answers
 * partNumber with that part's size and the part count (as AWS and MinIO do; the RGW under test
 * ignores it), GET answers byte ranges. For behaviour the RGW we run cannot show.
 */
export async function startMultipartObjectServer(
  parts: readonly Buffer[],
  options: MultipartObjectOptions = {},
): Promise<LoopbackServer> {
  const body = Buffer.concat(parts);
  const digests = parts.map((p) => createHash('md5').update(p).digest());
  const etag = `"${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${parts.length}"`;
  const base = { etag, 'last-modified': new Date(0).toUTCString(), 'x-amz-request-id': 'fake' };

  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const partNumber = Number(url.searchParams.get('partNumber') ?? '0');
    if (req.method === 'HEAD') {
      const part = parts[partNumber - 1];
      res.writeHead(200, {
        ...base,
        'content-length': part?.length ?? body.length,
        ...(part === undefined ? {} : { 'x-amz-mp-parts-count': parts.length }),
      });
      res.end();
      return;
    }
    const match = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    const start = Number(match?.[1] ?? 0);
    const end = Math.min(Number(match?.[2] ?? body.length - 1), body.length - 1);
    const slice = Buffer.from(body.subarray(start, end + 1));
    const at = options.corruptAt;
    if (at !== undefined && at >= start && at <= end)
      slice[at - start] = (slice[at - start] ?? 0) ^ 0xff;
    res.writeHead(206, {
      ...base,
      'content-length': slice.length,
      'content-range': `bytes ${start}-${end}/${body.length}`,
    });
    res.end(slice);
  });
  return listenLoopback(server, 'http');
}
