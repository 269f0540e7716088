import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VERSIONS_FOLDER, latestContents, listVersionsXml, listedKeys } from './versions-data.js';

/**
 * A loopback server that answers ListObjectsV2 for one synthetic folder of `count` keys, and
 * ListObjectVersions (and ListObjectsV2) for a folder of `versionKeys` keys with four versions
 * each, computed on the fly. It measures Holdall, not a server: no signature checks, no storage,
 * and it records what it was asked.
 */
export interface ListingServer {
  endpoint: string;
  bucket: string;
  folder: string;
  versionsFolder: string;
  /** Requests by kind: "ListObjectsV2", "ListObjectVersions", "HEAD object", "ListBuckets" … */
  counts: Map<string, number>;
  /** performance.timeOrigin + now() when the first page of `folder` was written out. */
  firstPageSentAt: number | undefined;
  /** … and when the first ListObjectVersions page of `versionsFolder` was. */
  firstVersionsPageSentAt: number | undefined;
  stop(): Promise<void>;
}

const PAGE = 1000;
const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function keyName(folder: string, i: number): string {
  return `${folder}obj-${String(i).padStart(7, '0')}.bin`;
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function contents(folder: string, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    // Sizes and dates vary so sorting has work to do; the etag is a constant: nobody reads it.
    const size = (i * 2_654_435_761) % 50_000_000;
    const modified = new Date(Date.UTC(2024, 0, 1) + (i % 86_400) * 1000).toISOString();
    parts.push(
      `<Contents><Key>${keyName(folder, i)}</Key><LastModified>${modified}</LastModified>` +
        `<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag><Size>${size}</Size>` +
        `<StorageClass>${i % 10 === 0 ? 'STANDARD_IA' : 'STANDARD'}</StorageClass></Contents>`,
    );
  }
  return parts.join('');
}

export async function startListingServer(
  count: number,
  versionKeys = 25_000,
): Promise<ListingServer> {
  const bucket = 'bench';
  const folder = 'million/';
  const counts = new Map<string, number>();
  const state: { firstPageSentAt?: number; firstVersionsPageSentAt?: number } = {};
  const count1 = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'application/xml', 'x-amz-request-id': 'bench' });
    res.end(body);
  };

  const listObjects = (url: URL, res: ServerResponse) => {
    count1('ListObjectsV2');
    const prefix = url.searchParams.get('prefix') ?? '';
    const delimiter = url.searchParams.get('delimiter') ?? '';
    const maxKeys = Math.min(PAGE, Number(url.searchParams.get('max-keys') ?? PAGE));
    const token = url.searchParams.get('continuation-token');
    const from = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString());
    let body = `<Name>${bucket}</Name><Prefix>${escapeXml(prefix)}</Prefix><MaxKeys>${maxKeys}</MaxKeys>`;
    if (delimiter !== '') body += `<Delimiter>${escapeXml(delimiter)}</Delimiter>`;
    if (token !== null) body += `<ContinuationToken>${escapeXml(token)}</ContinuationToken>`;
    if (prefix === folder) {
      const to = Math.min(count, from + maxKeys);
      const truncated = to < count;
      body += `<KeyCount>${to - from}</KeyCount><IsTruncated>${truncated}</IsTruncated>`;
      if (truncated) {
        body += `<NextContinuationToken>${Buffer.from(String(to)).toString('base64url')}</NextContinuationToken>`;
      }
      body += contents(folder, from, to);
    } else if (prefix === VERSIONS_FOLDER) {
      const { found, next } = listedKeys(versionKeys, from, maxKeys);
      const truncated = next < versionKeys;
      body += `<KeyCount>${found.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>`;
      if (truncated) {
        body += `<NextContinuationToken>${Buffer.from(String(next)).toString('base64url')}</NextContinuationToken>`;
      }
      body += latestContents(found);
    } else if (prefix === '' && delimiter === '/') {
      body += `<KeyCount>2</KeyCount><IsTruncated>false</IsTruncated><CommonPrefixes><Prefix>${folder}</Prefix></CommonPrefixes><CommonPrefixes><Prefix>${VERSIONS_FOLDER}</Prefix></CommonPrefixes>`;
    } else {
      body += '<KeyCount>0</KeyCount><IsTruncated>false</IsTruncated>';
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="${XMLNS}">${body}</ListBucketResult>`;
    res.writeHead(200, { 'Content-Type': 'application/xml', 'x-amz-request-id': 'bench' });
    res.end(xml, () => {
      if (prefix === folder && token === null && state.firstPageSentAt === undefined) {
        state.firstPageSentAt = now();
      }
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname).split('/').filter(Boolean);
    if (req.method === 'HEAD') {
      count1(path.length > 1 ? 'HEAD object' : 'HEAD bucket');
      res.writeHead(path.length > 1 ? 404 : 200).end();
      return;
    }
    if (req.method === 'GET' && path.length === 0) {
      count1('ListBuckets');
      send(
        res,
        200,
        `<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="${XMLNS}"><Owner><ID>bench</ID></Owner>` +
          `<Buckets><Bucket><Name>${bucket}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>`,
      );
      return;
    }
    if (req.method === 'GET' && path.length === 1 && url.searchParams.get('list-type') === '2') {
      listObjects(url, res);
      return;
    }
    if (req.method === 'GET' && path.length === 1 && url.searchParams.has('versions')) {
      count1('ListObjectVersions');
      const first =
        url.searchParams.get('prefix') === VERSIONS_FOLDER && !url.searchParams.has('key-marker');
      res.writeHead(200, { 'Content-Type': 'application/xml', 'x-amz-request-id': 'bench' });
      res.end(listVersionsXml(url, bucket, versionKeys, [folder]), () => {
        if (first && state.firstVersionsPageSentAt === undefined)
          state.firstVersionsPageSentAt = now();
      });
      return;
    }
    if (req.method === 'GET' && path.length === 1 && url.searchParams.has('versioning')) {
      count1('GetBucketVersioning');
      send(
        res,
        200,
        `<?xml version="1.0" encoding="UTF-8"?><VersioningConfiguration xmlns="${XMLNS}"><Status>Enabled</Status></VersioningConfiguration>`,
      );
      return;
    }
    // Anything else (configuration probes and the like) is not what this bench measures.
    count1(
      `${req.method ?? '?'} ${path.length > 1 ? 'object' : 'bucket'} ${[...url.searchParams.keys()].join('&')}`.trim(),
    );
    send(
      res,
      501,
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NotImplemented</Code><Message>Not in this benchmark</Message></Error>`,
    );
  };

  const server = createServer((req, res) => {
    // Drain any body first: the SDK may send one, and a response before it confuses keep-alive.
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    folder,
    versionsFolder: VERSIONS_FOLDER,
    counts,
    get firstPageSentAt() {
      return state.firstPageSentAt;
    },
    get firstVersionsPageSentAt() {
      return state.firstVersionsPageSentAt;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
