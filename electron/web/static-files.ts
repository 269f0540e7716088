import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { resolveInside } from '../core/fs/resolve-inside.js';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves built renderer files; paths without an extension get the app shell. */
export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<void> {
  const wanted = extname(urlPath) === '' ? '/index.html' : urlPath;
  const file = resolveInside(root, wanted);
  const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
  if (file === undefined || info?.isFile() !== true) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // Vite fingerprints assets; the shell must always be fresh.
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=31536000, immutable',
  });
  createReadStream(file).pipe(res);
}
