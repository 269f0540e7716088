import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import { MEDIA_PATH } from '../../shared/domain/media-url.js';
import type { Core } from '../core/create-core.js';
import { handleMedia } from './media-route.js';
import { LAUNCH_PARAM, LaunchGate } from './launch-gate.js';
import { checkOrigin, checkRequest } from './request-guard.js';
import { securityHeaders } from './security-headers.js';
import { readBody, sendJson } from './http-body.js';
import {
  handleSpool,
  handleSpoolBatch,
  handleSpoolOpen,
  SPOOL_BATCH_PATH,
  SPOOL_OPEN_PATH,
  SPOOL_PATH,
} from './spool-route.js';
import type { Spooling } from './spool-route.js';
import { serveStatic } from './static-files.js';

export const LOOPBACK = '127.0.0.1';
const INVOKE_PREFIX = '/api/invoke/';
const EVENTS_PATH = '/api/events';

export interface WebHostOptions {
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Builds the dispatcher once the host can emit events. */
  createDispatch(emit: EmitEvent): Dispatch;
  /**
   * Receives files dropped in the page (POST /api/spool?drop=ID&path=RELATIVE, after POST
   * /api/spool/open?drop=ID for a drop's folders) and answers read grants for the dropped
   * items, which an upload task (`tasks.start`) takes.
   */
  spool?: Spooling;
  /** Streams objects to <img>, <audio>, <video> and the PDF viewer (GET /api/media?…). */
  openObjectStream?: Core['openObjectStream'];
}

export interface WebHost {
  port: number;
  /** The address to open: its launch code works once, then the session cookie does. */
  url: string;
  close(): Promise<void>;
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
        : url.pathname === SPOOL_OPEN_PATH
          ? handleSpoolOpen(req, res, url, options.spool, headers)
          : url.pathname === SPOOL_BATCH_PATH
            ? handleSpoolBatch(req, res, url, options.spool, headers)
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
