import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import { listenLoopback } from './loopback.js';
import type { LoopbackServer } from './loopback.js';

/**
 * How GET lies about the object HEAD describes:
 * - `endless`: promises the right Content-Range, then streams without end (chunked, no length);
 * - `longer`: an honest-looking answer with a Content-Length beyond the object's size;
 * - `wrongRange`: Content-Range names other bytes (a server that ignores Range).
 */
export type Overrun = 'endless' | 'longer' | 'wrongRange';

export interface OverlongObjectServer extends LoopbackServer {
  /** Body bytes sent to GETs so far. */
  readonly sent: () => number;
}

/** Far beyond any object here; the loop has an end even if the client never hangs up. */
const ENDLESS_CAP = 256 * 1024 * 1024;

/**
 * A loopback S3 stand-in holding any key as `body`: HEAD tells the truth (size, MD5 ETag), GET
 * sends more than it. For what no real server we run will do.
 */
export async function startOverlongObjectServer(
  body: Buffer,
  overrun: Overrun,
): Promise<OverlongObjectServer> {
  let sent = 0;
  const etag = `"${createHash('md5').update(body).digest('hex')}"`;
  const headers = { etag, 'last-modified': new Date(0).toUTCString(), 'x-amz-request-id': 'fake' };
  const extra = Buffer.alloc(64 * 1024, 0x41);

  function endless(res: ServerResponse): void {
    const more = (): void => {
      while (sent < ENDLESS_CAP && !res.destroyed) {
        sent += extra.length;
        if (!res.write(extra)) {
          res.once('drain', more);
          return;
        }
      }
      res.end();
    };
    res.write(body);
    sent += body.length;
    more();
  }

  const server = createServer((req, res) => {
    req.resume();
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end();
      return;
    }
    const range = `bytes 0-${body.length - 1}/${body.length}`;
    if (overrun === 'endless') {
      res.writeHead(206, { ...headers, 'content-range': range });
      endless(res);
      return;
    }
    const long = Buffer.concat([body, extra]);
    res.writeHead(206, {
      ...headers,
      'content-length': overrun === 'longer' ? long.length : body.length,
      'content-range':
        overrun === 'longer' ? range : `bytes 5-${body.length + 4}/${body.length + 5}`,
    });
    const answer = overrun === 'longer' ? long : body;
    sent += answer.length;
    res.end(answer);
  });
  return { ...(await listenLoopback(server, 'http')), sent: () => sent };
}
