import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { listenLoopback } from './loopback.js';
import type { LoopbackServer } from './loopback.js';

export interface FakeAnswer {
  status: number;
  body?: string;
}

export interface FakeS3 extends LoopbackServer {
  /** "METHOD /path?query" of every request, in arrival order. */
  readonly requests: readonly string[];
}

/** The XML error body S3 servers send. */
export function s3ErrorBody(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake-request</RequestId></Error>`;
}

/**
 * A loopback HTTP server that answers each request with whatever `answer` says: for answers
 * no real server we can run gives (SlowDown, NotImplemented), sent through the real SDK.
 */
export async function startFakeS3(answer: (req: IncomingMessage) => FakeAnswer): Promise<FakeS3> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    // Drain the request body before answering so the client never sees a reset.
    req.resume();
    req.on('end', () => {
      const { status, body = '' } = answer(req);
      res.writeHead(status, {
        'content-type': 'application/xml',
        'content-length': Buffer.byteLength(body),
        'x-amz-request-id': 'fake-request',
      });
      res.end(body);
    });
  });
  return { ...(await listenLoopback(server, 'http')), requests };
}
