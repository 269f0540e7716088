import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLoopback } from './loopback.js';
import type { LoopbackServer } from './loopback.js';

/** Ways a server can break the S3 protocol, each answered to every listing it is asked for. */
export type Hostility =
  /** Every page says "more" and hands back the token it was asked with. */
  | 'repeatedToken'
  /** Every page has a new token but the same keys. */
  | 'pagesDoNotAdvance'
  /** One more entry than the request allowed. */
  | 'moreKeysThanAsked'
  /** Empty pages that say more follow, each with a new token. */
  | 'emptyPages'
  /** A 200 whose body is not XML. */
  | 'malformedXml'
  /** A listing holding one 50 MiB key, streamed without a length. */
  | 'oversizedBody'
  /** Takes the request and never answers. */
  | 'stallBeforeHeaders'
  /** Sends headers and half a body, then nothing. */
  | 'stallMidBody'
  /** A 307 to another port. */
  | 'redirect';

export interface HostileS3 extends LoopbackServer {
  /** "METHOD /path?query" of every request, in arrival order. */
  readonly requests: readonly string[];
  setHostility(hostility: Hostility): void;
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>';
const BIG_KEY_BYTES = 50 * 1024 * 1024;

function send(res: ServerResponse, body: string): void {
  res.writeHead(200, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function keysXml(keys: readonly string[]): string {
  return keys
    .map((k) => `<Contents><Key>${k}</Key><Size>1</Size><ETag>"e"</ETag></Contents>`)
    .join('');
}

interface Paging {
  /** The page number this request is for (0 = first). */
  page: number;
  /** The token (or marker) the request carried. */
  sent: string | undefined;
  asked: number;
}

function listingPage(
  kind: 'objects' | 'uploads' | 'parts',
  hostility: Hostility,
  p: Paging,
): string {
  const next = hostility === 'repeatedToken' ? (p.sent ?? 'again') : `page-${p.page + 1}`;
  const count =
    hostility === 'emptyPages' ? 0 : hostility === 'moreKeysThanAsked' ? p.asked + 1 : 2;
  const index = (i: number): number => (hostility === 'pagesDoNotAdvance' ? i : p.page * 10 + i);
  const names = Array.from({ length: count }, (_, i) => `key-${String(index(i)).padStart(6, '0')}`);
  if (kind === 'objects')
    return `${xmlHead}<ListBucketResult><Name>b</Name><MaxKeys>${p.asked}</MaxKeys><IsTruncated>true</IsTruncated><NextContinuationToken>${next}</NextContinuationToken>${keysXml(names)}</ListBucketResult>`;
  if (kind === 'uploads')
    return `${xmlHead}<ListMultipartUploadsResult><Bucket>b</Bucket><IsTruncated>true</IsTruncated><NextKeyMarker>${next}</NextKeyMarker><NextUploadIdMarker>${next}</NextUploadIdMarker>${names.map((n) => `<Upload><Key>${n}</Key><UploadId>u-${n}</UploadId></Upload>`).join('')}</ListMultipartUploadsResult>`;
  const partNext = hostility === 'repeatedToken' ? (p.sent ?? '2') : String((p.page + 1) * 10);
  const parts = Array.from({ length: count }, (_, i) =>
    hostility === 'pagesDoNotAdvance' ? i + 1 : p.page * 10 + i + 1,
  );
  return `${xmlHead}<ListPartsResult><Bucket>b</Bucket><IsTruncated>true</IsTruncated><NextPartNumberMarker>${partNext}</NextPartNumberMarker>${parts.map((n) => `<Part><PartNumber>${n}</PartNumber><ETag>"e"</ETag><Size>5242880</Size></Part>`).join('')}</ListPartsResult>`;
}

function pageOf(token: string | null): number {
  const match = /^page-(\d+)$/.exec(token ?? '');
  if (match !== null) return Number(match[1]);
  const parts = /^\d+$/.exec(token ?? '');
  return parts === null ? 0 : Number(token) / 10;
}

export type ListingKind = 'objects' | 'uploads' | 'parts';

const wellBehavedEmpty: Record<ListingKind, string> = {
  objects: `${xmlHead}<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated></ListBucketResult>`,
  uploads: `${xmlHead}<ListMultipartUploadsResult><Bucket>b</Bucket><IsTruncated>false</IsTruncated></ListMultipartUploadsResult>`,
  parts: `${xmlHead}<ListPartsResult><Bucket>b</Bucket><IsTruncated>false</IsTruncated></ListPartsResult>`,
};

function answerListing(
  url: URL,
  hostility: Hostility,
  only: ListingKind | undefined,
  res: ServerResponse,
): boolean {
  const q = url.searchParams;
  const kind = q.has('uploadId') ? 'parts' : q.has('uploads') ? 'uploads' : 'objects';
  if (kind === 'objects' && q.get('list-type') !== '2') return false;
  if (only !== undefined && kind !== only) {
    send(res, wellBehavedEmpty[kind]);
    return true;
  }
  const sent =
    q.get('continuation-token') ?? q.get('key-marker') ?? q.get('part-number-marker') ?? undefined;
  const asked = Number(q.get('max-keys') ?? q.get('max-uploads') ?? q.get('max-parts') ?? 1000);
  send(res, listingPage(kind, hostility, { page: pageOf(sent ?? null), sent, asked }));
  return true;
}

function streamOversized(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/xml' });
  res.write(
    `${xmlHead}<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated><Contents><Key>`,
  );
  const chunk = Buffer.alloc(1024 * 1024, 'k');
  let sent = 0;
  const more = (): void => {
    while (sent < BIG_KEY_BYTES) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', more);
        return;
      }
    }
    res.end('</Key><Size>1</Size></Contents></ListBucketResult>');
  };
  // A client that gave up stops the stream.
  res.on('close', () => {
    sent = BIG_KEY_BYTES;
  });
  more();
}

/**
 * A loopback S3 endpoint that misbehaves on purpose: endless or non-advancing paging, more
 * keys than asked, malformed or enormous answers, stalls before the headers and mid-body, and
 * a redirect to `redirectTo`. Everything else gets an empty 200. Hold it with `close()`.
 */
export interface HostileOptions {
  /** Where `redirect` points. */
  redirectTo?: string;
  /** Misbehave only in this kind of listing; the others are empty and well-formed. */
  only?: ListingKind;
}

export async function startHostileS3(
  hostility: Hostility,
  options: HostileOptions = {},
): Promise<HostileS3> {
  const requests: string[] = [];
  let current = hostility;
  const stalled = new Set<ServerResponse>();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://hostile');
    switch (current) {
      case 'stallBeforeHeaders':
        stalled.add(res);
        return;
      case 'stallMidBody':
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': 4096 });
        res.write(`${xmlHead}<ListBucketResult><Name>b</Name>`);
        stalled.add(res);
        return;
      case 'malformedXml':
        send(res, '<ListBucketResult><Contents><Key>a</Key');
        return;
      case 'oversizedBody':
        streamOversized(res);
        return;
      case 'redirect':
        res.writeHead(307, {
          location: `${options.redirectTo ?? ''}${req.url ?? '/'}`,
          'content-length': 0,
        });
        res.end();
        return;
      default:
        if (!answerListing(url, current, options.only, res)) send(res, '');
    }
  };
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => handle(req, res));
  });
  const listening = await listenLoopback(server, 'http');
  return {
    ...listening,
    requests,
    setHostility: (next) => {
      current = next;
    },
    close: async () => {
      for (const res of stalled) res.destroy();
      await listening.close();
    },
  };
}

export interface HeaderRecorder extends LoopbackServer {
  /** Each request's path and Authorization header (undefined when none was sent). */
  readonly seen: readonly { url: string; authorization: string | undefined }[];
}

/** The other end of a redirect: records what arrives, answers an empty 200. */
export async function startHeaderRecorder(): Promise<HeaderRecorder> {
  const seen: { url: string; authorization: string | undefined }[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => send(res, ''));
  });
  return { ...(await listenLoopback(server, 'http')), seen };
}
