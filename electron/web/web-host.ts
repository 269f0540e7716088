import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { AppError } from '../../shared/contract/envelope.js';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import { MEDIA_PATH } from '../../shared/domain/media-url.js';
import type { Core } from '../core/create-core.js';
import { HOST_SCOPE } from '../core/grants/grant-registry.js';
import type { GrantRegistry } from '../core/grants/grant-registry.js';
import { handleMedia } from './media-route.js';
import { LAUNCH_PARAM, LaunchGate } from './launch-gate.js';
import { checkOrigin, checkRequest } from './request-guard.js';
import { securityHeaders } from './security-headers.js';
import type { Spool } from './spool.js';
import { serveStatic } from './static-files.js';

export const LOOPBACK = '127.0.0.1';
const INVOKE_PREFIX = '/api/invoke/';
const EVENTS_PATH = '/api/events';
const SPOOL_PATH = '/api/spool';
/** Room for objects.put's 1 MiB of text however JSON escapes it (up to 6 bytes a character). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/**
 * After a 413 the rest of the body is still read, and dropped, so the client gets to read the
 * answer (a socket closed on unread bytes is reset, and the reset can overtake the answer).
 * Beyond this much the socket is cut: an answer is not worth reading any amount for.
 */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Builds the dispatcher once the host can emit events. */
  createDispatch(emit: EmitEvent): Dispatch;
  /**
   * Receives files dropped in the page (POST /api/spool?drop=ID&path=RELATIVE) and answers a
   * read grant for the dropped item, which transfers.enqueueUpload takes.
   */
  spool?: { spool: Spool; grants: GrantRegistry };
  /** Streams objects to <img>, <audio>, <video> and the PDF viewer (GET /api/media?…). */
  openObjectStream?: Core['openObjectStream'];
}

export interface WebHost {
  port: number;
  /** The address to open: its launch code works once, then the session cookie does. */
  url: string;
  close(): Promise<void>;
}

/** Reads and drops what is left of a refused body, up to MAX_DRAIN_BYTES. */
function drain(req: IncomingMessage, alreadyRead: number): void {
  let drained = alreadyRead;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** The body as text, or undefined when it is over MAX_BODY_BYTES (then drained, not kept). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    drain(req, 0);
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
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

function sendJson(
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

async function handleInvoke(
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
  dispatch: Dispatch,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { ...headers, Allow: 'POST' }).end();
    return;
  }
  const text = await readBody(req);
  if (text === undefined) {
    sendJson(
      res,
      413,
      { ok: false, error: { code: 'InvalidInput', message: 'Request body over 8 MiB' } },
      headers,
    );
    return;
  }
  let input: unknown;
  try {
    input = text === '' ? undefined : JSON.parse(text);
  } catch {
    sendJson(
      res,
      400,
      { ok: false, error: { code: 'InvalidInput', message: 'Request body is not JSON' } },
      headers,
    );
    return;
  }
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const envelope = await dispatch(channel, input, { signal: abort.signal });
  sendJson(res, 200, envelope, headers);
}

async function handleSpool(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  spooling: WebHostOptions['spool'],
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST' || spooling === undefined) {
    res.writeHead(405, { ...headers, Allow: 'POST' }).end();
    return;
  }
  try {
    const { top } = await spooling.spool.receive(
      req,
      url.searchParams.get('drop') ?? '',
      url.searchParams.get('path') ?? '',
    );
    const grant = await spooling.grants.issueRead(HOST_SCOPE, top);
    sendJson(res, 200, { ok: true, value: { grant } }, headers);
  } catch (err) {
    const error =
      err instanceof AppError
        ? err.toShape()
        : {
            code: 'LocalFileError',
            message: `Could not receive the file: ${err instanceof Error ? err.message : String(err)}`,
          };
    if (!res.headersSent && !res.destroyed) sendJson(res, 200, { ok: false, error }, headers);
  }
}

/** Serves the renderer and the contract on loopback only, behind a per-run token. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const gate = new LaunchGate();
  const sockets = new Set<WebSocket>();
  const emit: EmitEvent = (event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.send(message);
  };
  const dispatch = options.createDispatch(emit);
  const server: Server = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  let port = 0;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const headers = securityHeaders(port);
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    const launching = url.searchParams.has(LAUNCH_PARAM);
    const verdict = launching
      ? checkOrigin(req.headers, port)
      : checkRequest(req.headers, { port, session: gate.session });
    if (!verdict.ok) {
      res
        .writeHead(verdict.status, { ...headers, 'Content-Type': 'text/plain' })
        .end(verdict.reason);
      return;
    }
    if (launching) {
      gate.answer(req, res, url, port, headers);
      return;
    }
    const work = url.pathname.startsWith(INVOKE_PREFIX)
      ? handleInvoke(req, res, url.pathname.slice(INVOKE_PREFIX.length), dispatch, headers)
      : url.pathname === SPOOL_PATH
        ? handleSpool(req, res, url, options.spool, headers)
        : url.pathname === MEDIA_PATH || url.pathname.startsWith(`${MEDIA_PATH}/`)
          ? handleMedia(req, res, url, options.openObjectStream, headers)
          : serveStatic(options.rendererDir, url.pathname, res, headers);
    work.catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(err instanceof Error ? err.message : 'Internal error');
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const verdict = checkRequest(req.headers, { port, session: gate.session });
    const path = new URL(req.url ?? '/', `http://${LOOPBACK}`).pathname;
    if (!verdict.ok || path !== EVENTS_PATH) {
      const status = verdict.ok ? '404 Not Found' : `${verdict.status} Refused`;
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, resolve);
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://${LOOPBACK}:${port}/?${LAUNCH_PARAM}=${gate.code}`,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
