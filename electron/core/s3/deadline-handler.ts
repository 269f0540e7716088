import { Readable } from 'node:stream';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, RequestHandlerMetadata } from '@smithy/types';
import { defaultRequestTimeouts } from '../../../shared/domain/profile.js';

type HttpRequest = Parameters<NodeHttpHandler['handle']>[0];
type Handled = ReturnType<NodeHttpHandler['handle']>;

/** How long an S3 request may wait; each client gets them from its connection's settings. */
export interface RequestDeadlines {
  /** From the last byte of the request sent to the response's headers. */
  headersTimeoutMs: number;
  /**
   * Longest silence on the socket, before the headers or inside the body: NodeHttpHandler's
   * `socketTimeout`, which destroys a response whose body stops arriving.
   */
  idleTimeoutMs: number;
}

export const defaultDeadlines: RequestDeadlines = {
  headersTimeoutMs: defaultRequestTimeouts.headers * 1000,
  idleTimeoutMs: defaultRequestTimeouts.idle * 1000,
};

function host(request: HttpRequest): string {
  return request.port === undefined ? request.hostname : `${request.hostname}:${request.port}`;
}

/** Named like the SDK's own timeouts, so its retry strategy and ours both try again. */
function headersTimeout(request: HttpRequest, ms: number): Error {
  return Object.assign(
    new Error(`${host(request)} sent no response headers within ${ms / 1000} s of the request`),
    { name: 'TimeoutError', code: 'ETIMEDOUT', holdallDeadline: true },
  );
}

/**
 * NodeHttpHandler's `requestTimeout` runs from the start of the request, so it would cut off
 * a slow upload of a large part; this clock starts when the request body has been sent.
 */
export class DeadlineHttpHandler {
  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly headersTimeoutMs: number,
  ) {}

  get metadata(): RequestHandlerMetadata {
    return this.inner.metadata;
  }

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Handled {
    const controller = new AbortController();
    const outer = options.abortSignal as AbortSignal | undefined;
    // A plain listener rather than AbortSignal.any, whose followers would pile up on a job's
    // long-lived signal over thousands of requests.
    const passOn = (): void => controller.abort(outer?.reason);
    if (outer?.aborted === true) passOn();
    else outer?.addEventListener('abort', passOn, { once: true });
    const signal = controller.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let expired = false;
    const startClock = (): void => {
      timer = setTimeout(() => {
        expired = true;
        controller.abort();
      }, this.headersTimeoutMs);
    };
    const body: unknown = request.body;
    if (body instanceof Readable && !body.readableEnded) body.once('end', startClock);
    else startClock();
    try {
      return await this.inner.handle(request, { ...options, abortSignal: signal });
    } catch (err) {
      if (expired && outer?.aborted !== true) throw headersTimeout(request, this.headersTimeoutMs);
      throw err;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', passOn);
      if (body instanceof Readable) body.off('end', startClock);
    }
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}
