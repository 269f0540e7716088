import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listenLoopback } from './loopback.js';
import type { LoopbackServer } from './loopback.js';

const run = promisify(execFile);

/** A fresh self-signed certificate for localhost, made with the openssl CLI. */
async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'holdall-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An https:// endpoint whose certificate nobody trusts, as behind a self-signed or corporate CA. */
export async function startSelfSignedHttps(): Promise<LoopbackServer> {
  const server = createServer(await selfSignedCertificate(), (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end('<ListAllMyBucketsResult/>');
  });
  return listenLoopback(server, 'https');
}
