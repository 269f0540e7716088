import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { resolveInside } from '../core/fs/resolve-inside.js';
import { ELECTRON_WINDOW_CSP } from '../../shared/domain/renderer-csp.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';
import { mediaSchemePrivileges } from './media-protocol.js';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Must run before app ready: a standard, secure scheme gets a real origin for the sender check. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    mediaSchemePrivileges,
  ]);
}

/** Serves the built renderer from disk with the CSP as a header, never outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const wanted = extname(url.pathname) === '' ? '/index.html' : url.pathname;
    const file = url.host === APP_HOST ? resolveInside(rendererDir, wanted) : undefined;
    if (file === undefined) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': ELECTRON_WINDOW_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
