import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasSession, sameSecret, sessionCookieName } from './request-guard.js';

/** The query parameter of the printed link. */
export const LAUNCH_PARAM = 'launch';

const SPENT_PAGE =
  'This Holdall link was already used, or belongs to another run.\n' +
  'Open the newest link Holdall printed, or restart Holdall to get a new one.\n';

/**
 * The printed link carries a launch code that works once: it is traded for a
 * session cookie the address bar, history and cache never see. A link found
 * later in the history is refused, unless the browser holding it already has
 * the session (then it just opens the app).
 */
export class LaunchGate {
  readonly code = randomBytes(32).toString('base64url');
  #session: string | undefined;

  get session(): string | undefined {
    return this.#session;
  }

  answer(req: IncomingMessage, res: ServerResponse, url: URL, port: number, headers: object): void {
    const given = url.searchParams.get(LAUNCH_PARAM) ?? '';
    const noStore = { ...headers, 'Cache-Control': 'no-store' };
    const config = { port, session: this.#session };
    if (this.#session === undefined && sameSecret(given, this.code)) {
      this.#session = randomBytes(32).toString('base64url');
      res
        .writeHead(303, {
          ...noStore,
          'Set-Cookie': `${sessionCookieName(port)}=${this.#session}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname,
        })
        .end();
      return;
    }
    if (hasSession(req.headers, config)) {
      res.writeHead(303, { ...noStore, Location: url.pathname }).end();
      return;
    }
    res.writeHead(401, { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' }).end(SPENT_PAGE);
  }
}
