import type { IncomingMessage, ServerResponse } from 'node:http';

/** Room for objects.put's 1 MiB of text however JSON escapes it (up to 6 bytes a character). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/**
 * After a 413 the rest of the body is still read, and dropped, so the client gets to read the
 * answer (a socket closed on unread bytes is reset, and the reset can overtake the answer).
 * Beyond this much the socket is cut: an answer is not worth reading any amount for.
 */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/** Reads and drops what is left of a refused body, up to MAX_DRAIN_BYTES. */
function drain(req: IncomingMessage, alreadyRead: number): void {
  let drained = alreadyRead;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** The body as text, or undefined when it is over `limit` bytes (then drained, not kept). */
export function readBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<string | undefined> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    drain(req, 0);
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', collect);
      req.off('end', finish);
      chunks.length = 0;
      drain(req, size);
      resolve(undefined);
    };
    const finish = (): void => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', collect);
    req.on('end', finish);
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  res
    .writeHead(status, {
      ...headers,
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
    })
    .end(JSON.stringify(body));
}
