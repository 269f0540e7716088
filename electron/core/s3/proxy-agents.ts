import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AgentOptions as HttpsAgentOptions, RequestOptions } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, HttpResponse } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import type { ProxyTarget } from './proxy-choice.js';

function basicAuth(target: ProxyTarget): Record<string, string> {
  return target.auth === undefined
    ? {}
    : { 'proxy-authorization': `Basic ${Buffer.from(target.auth).toString('base64')}` };
}

function proxyName(target: ProxyTarget): string {
  return `${target.hostname.includes(':') ? `[${target.hostname}]` : target.hostname}:${target.port}`;
}

/** The proxy's refusal in plain words; 407 gets its own code so the form can point at the password. */
export function proxyRefusal(target: ProxyTarget, status: number | undefined): AppError {
  if (status === 407) {
    return new AppError(
      'ProxyAuthRequired',
      target.auth === undefined
        ? `The proxy ${proxyName(target)} asks for a user name and password.`
        : `The proxy ${proxyName(target)} refused the user name or password.`,
      { status },
    );
  }
  return new AppError(
    'ProxyRefused',
    `The proxy ${proxyName(target)} refused to connect to the endpoint (HTTP ${status ?? '?'}).`,
    { status },
  );
}

/** Failures opening a socket to the proxy itself, as opposed to the endpoint behind it. */
const reachCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Names the proxy on a failure to reach it, keeping the error's own code so retries treat it as
 * any network failure: toAppError then says the proxy, not the endpoint, could not be reached.
 */
export function fromProxy<E>(err: E, target: ProxyTarget, tlsToProxy = false): E {
  const code = (err as { code?: unknown } | null)?.code;
  const connectTimeout =
    err instanceof Error &&
    err.name === 'TimeoutError' &&
    /did not establish a connection/.test(err.message);
  const reach = typeof code === 'string' && (reachCodes.has(code) || code === 'ETIMEDOUT');
  // Only where the one TLS session is the proxy's: inside a tunnel it is the endpoint's.
  const tls =
    tlsToProxy &&
    typeof code === 'string' &&
    /^ERR_TLS|^CERT_|SELF_SIGNED|^UNABLE_TO_|^ERR_SSL_|^DEPTH_ZERO/.test(code);
  if (err instanceof Error && (reach || connectTimeout || tls) && !('holdallProxy' in err))
    Object.defineProperty(err, 'holdallProxy', { value: proxyName(target), enumerable: false });
  return err;
}

/**
 * tinyproxy and others answer missing or wrong credentials with 401 and a Basic challenge (to a
 * CONNECT as to a plain request); S3 servers never ask for Basic authentication: that is 407.
 */
function proxyStatus(
  status: number | undefined,
  headers: Readonly<Record<string, string | string[] | undefined>>,
): number | undefined {
  const challenge = String(headers['proxy-authenticate'] ?? headers['www-authenticate'] ?? '');
  return status === 401 && /^basic/i.test(challenge) ? 407 : status;
}

type HttpRequest = Parameters<NodeHttpHandler['handle']>[0];
type ConnectCallback = (err: Error | null, stream: Duplex) => void;

/**
 * HTTPS through an HTTP proxy: each socket is a CONNECT tunnel, then TLS to the endpoint with
 * the agent's own trust options, so the proxy sees only encrypted bytes. Keep-alive and socket
 * counts are the https.Agent's own.
 */
export class TunnelingAgent extends HttpsAgent {
  /**
   * `proxyTls`: the trust for an https:// proxy's own certificate (the system's CAs, and the
   * connection's private CA when it has one); the endpoint's trust is in `options`.
   */
  constructor(
    private readonly proxy: ProxyTarget,
    options: HttpsAgentOptions,
    private readonly connectTimeoutMs: number,
    private readonly proxyTls: ConnectionOptions = {},
  ) {
    super(options);
  }

  override createConnection(options: RequestOptions, callback?: ConnectCallback): undefined {
    if (callback === undefined) throw new Error('A tunnel is opened asynchronously');
    const host = options.host ?? 'localhost';
    const authority = `${host.includes(':') ? `[${host}]` : host}:${options.port ?? 443}`;
    const request = this.proxy.tls === true ? httpsRequest : httpRequest;
    const connect = request({
      host: this.proxy.hostname,
      port: this.proxy.port,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...basicAuth(this.proxy) },
      agent: false,
      timeout: this.connectTimeoutMs,
      ...(this.proxy.tls === true ? this.proxyTls : {}),
    });
    connect.once('timeout', () =>
      connect.destroy(
        Object.assign(new Error(`The proxy ${proxyName(this.proxy)} did not answer in time`), {
          code: 'ETIMEDOUT',
        }),
      ),
    );
    const fail = (err: Error): void =>
      callback(fromProxy(err, this.proxy, true), undefined as unknown as Duplex);
    connect.once('error', fail);
    connect.once('connect', (res: IncomingMessage, socket: Socket) => {
      connect.setTimeout(0);
      if (res.statusCode !== 200) {
        socket.destroy();
        fail(proxyRefusal(this.proxy, proxyStatus(res.statusCode, res.headers)));
        return;
      }
      const { host: _host, port: _port, path: _path, ...tlsOptions } = options;
      callback(null, tlsConnect({ ...(tlsOptions as ConnectionOptions), socket }));
    });
    connect.end();
    return undefined;
  }
}

/**
 * Plain HTTP through a proxy: each request goes to the proxy with the endpoint's absolute URL
 * (RFC 9112's absolute-form), its signed Host header unchanged. Done on the request rather
 * than in an agent: Node writes a request's head early when it expects 100-continue.
 */
export class ForwardingHttpHandler extends NodeHttpHandler {
  /** An https:// proxy's plain-HTTP requests: TLS to the proxy, with its own agent. */
  readonly #toTlsProxy: NodeHttpHandler | undefined;

  constructor(
    private readonly proxy: ProxyTarget,
    options: NodeHttpHandlerOptions,
    proxyAgent: HttpsAgentOptions = {},
  ) {
    super(options);
    this.#toTlsProxy =
      proxy.tls === true
        ? new NodeHttpHandler({ ...options, httpsAgent: new HttpsAgent(proxyAgent) })
        : undefined;
  }

  override destroy(): void {
    this.#toTlsProxy?.destroy();
    super.destroy();
  }

  override async handle(
    request: HttpRequest,
    options?: HttpHandlerOptions,
  ): Promise<{ response: HttpResponse }> {
    // Through a tunnel the only socket Holdall opens is to the proxy: a failure to connect is its.
    if (request.protocol !== 'http:')
      return super.handle(request, options).catch((err: unknown) => {
        throw fromProxy(err, this.proxy);
      });
    const authority = request.headers['host'] ?? request.hostname;
    // A copy of the same class: the signed original stays as it is for a retry.
    const forwarded: HttpRequest = Object.assign(
      Object.create(Object.getPrototypeOf(request) as object) as HttpRequest,
      request,
      {
        protocol: this.#toTlsProxy === undefined ? 'http:' : 'https:',
        hostname: this.proxy.hostname,
        port: this.proxy.port,
        path: `http://${authority}${request.path}`,
        headers: { ...request.headers, ...basicAuth(this.proxy) },
      },
    );
    const toProxy = this.#toTlsProxy ?? this;
    const send =
      toProxy === this ? super.handle(forwarded, options) : toProxy.handle(forwarded, options);
    const answer = await send.catch((err: unknown) => {
      throw fromProxy(err, this.proxy, true);
    });
    const { statusCode, headers } = answer.response;
    if (proxyStatus(statusCode, headers) === 407) {
      (answer.response.body as { destroy?: () => void } | undefined)?.destroy?.();
      throw proxyRefusal(this.proxy, 407);
    }
    // The proxy's own "cannot reach the endpoint" page: no S3 server sent it (no request id).
    if ((statusCode === 502 || statusCode === 504) && headers['x-amz-request-id'] === undefined) {
      (answer.response.body as { destroy?: () => void } | undefined)?.destroy?.();
      throw proxyRefusal(this.proxy, statusCode);
    }
    return answer;
  }
}
