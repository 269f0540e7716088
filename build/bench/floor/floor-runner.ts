// The least a Node client can do to download: signed GETs over keep-alive sockets, nothing of
// Holdall's engine. Measured beside Holdall and the peers, it shows what Node itself costs on
// this machine (build/bench/download-floor.bench.ts). Usage: floor-runner.ts '<job JSON>'.
import { createHash, randomBytes } from 'node:crypto';
import { request, Agent } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { HttpRequest, RequestSigner } from '@smithy/types';
import { runnerClientSettings } from '../transfer/holdall-job.js';
import { adminClient } from '../../../e2e/fixtures/s3.js';
import { mapLimit } from '../../../electron/core/transfers/map-limit.js';
import { floorJobSchema } from './floor-job.js';
import type { FloorJob } from './floor-job.js';

interface Source {
  key: string;
  size: number;
  etag: string;
}

const job = floorJobSchema.parse(JSON.parse(process.argv[2] ?? 'null'));
const settings = runnerClientSettings(process.env);
const endpoint = new URL(settings.endpoint);
const client = adminClient(settings);
const signer = await (
  client.config as unknown as { signer: () => Promise<RequestSigner> }
).signer();
const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
const escape = (s: string): string =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

async function sources(): Promise<Source[]> {
  if (!job.key.endsWith('/')) {
    const head = await client.send(new HeadObjectCommand({ Bucket: job.bucket, Key: job.key }));
    return [{ key: job.key, size: head.ContentLength ?? 0, etag: head.ETag ?? '' }];
  }
  const found: Source[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: job.bucket, Prefix: job.key, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? [])
      found.push({ key: o.Key ?? '', size: o.Size ?? 0, etag: o.ETag ?? '' });
    token = page.NextContinuationToken;
  } while (token !== undefined);
  return found;
}

/** One signed GET of [start, end); each chunk goes to `take` at its offset in the object. */
async function get(
  source: Source,
  start: number,
  end: number,
  take: (chunk: Buffer, at: number) => Promise<void> | void,
): Promise<void> {
  const path = `/${escape(job.bucket)}/${source.key.split('/').map(escape).join('/')}`;
  const unsigned: HttpRequest = {
    method: 'GET',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: Number(endpoint.port),
    path,
    query: {},
    headers: {
      host: endpoint.host,
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
      'if-match': source.etag,
      range: `bytes=${start}-${end - 1}`,
    },
  };
  const signed = await signer.sign(unsigned);
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(
      {
        agent,
        method: 'GET',
        host: endpoint.hostname,
        port: endpoint.port,
        path,
        headers: signed.headers,
      },
      resolve,
    );
    req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
    req.on('error', reject);
    req.end();
  });
  if (res.statusCode !== 206 && res.statusCode !== 200)
    throw new Error(`${source.key}: HTTP ${res.statusCode ?? '?'}`);
  let at = start;
  for await (const chunk of res) {
    await take(chunk as Buffer, at);
    at += (chunk as Buffer).length;
  }
  if (at !== end) throw new Error(`${source.key}: ${at - start} of ${end - start} bytes`);
}

/** A small object whole, in one buffer (as Holdall fetches objects up to 1 MiB). */
async function getWhole(source: Source): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(source.size);
  await get(source, 0, source.size, (chunk, at) => {
    chunk.copy(bytes, at);
  });
  return bytes;
}

const md5 = (b: Buffer): Buffer => createHash('md5').update(b).digest();

/** The ETag's MD5: of the bytes, or of the parts' MD5s for a multipart object. */
function etagOf(partDigests: Buffer[]): string {
  const [only] = partDigests;
  if (partDigests.length === 1 && only !== undefined) return `"${only.toString('hex')}"`;
  return `"${md5(Buffer.concat(partDigests)).toString('hex')}-${partDigests.length}"`;
}

async function small(source: Source, dest: string, mode: FloorJob['mode']): Promise<void> {
  const bytes = await getWhole(source);
  if (mode === 'get') return;
  if (mode === 'write') return writeFile(dest, bytes);
  if (etagOf([md5(bytes)]) !== source.etag) throw new Error(`${source.key}: MD5 differs`);
  const temp = join(dirname(dest), `.${randomBytes(12).toString('hex')}.part`);
  const file = await open(temp, 'wx', 0o600);
  try {
    await file.write(bytes, 0, bytes.length, 0);
  } finally {
    await file.close();
  }
  await rename(temp, dest);
}

async function big(source: Source, dest: string, mode: FloorJob['mode']): Promise<void> {
  const ranges: [number, number][] = [];
  for (let start = 0; start < source.size; start += job.rangeBytes)
    ranges.push([start, Math.min(source.size, start + job.rangeBytes)]);
  const temp = mode === 'checked' ? `${dest}.${randomBytes(12).toString('hex')}.part` : dest;
  const file = mode === 'get' ? undefined : await open(temp, mode === 'checked' ? 'wx' : 'w');
  const digests: Buffer[] = [];
  try {
    await mapLimit(ranges, job.concurrency, async ([start, end]) => {
      const hash = mode === 'checked' ? createHash('md5') : undefined;
      await get(source, start, end, async (chunk, at) => {
        hash?.update(chunk);
        await file?.write(chunk, 0, chunk.length, at);
      });
      if (hash !== undefined) digests[start / job.rangeBytes] = hash.digest();
    });
  } finally {
    await file?.close();
  }
  if (mode !== 'checked') return;
  if (etagOf(digests) !== source.etag) throw new Error(`${source.key}: MD5 of parts differs`);
  await rename(temp, dest);
}

try {
  const found = await sources();
  const many = job.key.endsWith('/');
  if (many) {
    await mkdir(job.path, { recursive: true });
    await mapLimit(found, job.concurrency, (s) =>
      small(s, join(job.path, s.key.slice(job.key.length)), job.mode),
    );
  } else {
    for (const s of found) await big(s, job.path, job.mode);
  }
  console.log(
    JSON.stringify({ files: found.length, bytes: found.reduce((n, s) => n + s.size, 0) }),
  );
} finally {
  agent.destroy();
  client.destroy();
}
