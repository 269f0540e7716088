import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { HttpRequest, HttpResponse, RequestSigner } from '@smithy/types';

/**
 * GET and PUT of one object for the many small files of a folder, signed by the client's own
 * SigV4 signer (credentials, region, clock-skew offset) and sent through the client's own
 * request handler (its agent, keep-alive sockets and deadlines), without the SDK's per-command
 * middleware: resolving that stack, endpoint rules and schema (de)serialisation cost more CPU
 * than the transfer of a 64 KiB object. Only for a custom endpoint with path-style addressing
 * (every S3-compatible server Holdall talks to); anything else goes through the SDK.
 */
export interface LeanResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Readable;
}

export interface LeanObjectRequest {
  method: 'GET' | 'PUT';
  bucket: string;
  key: string;
  /** Sent and signed as given (lower-case names). */
  headers: Record<string, string>;
  body?: Buffer;
}

interface ClientInternals {
  endpoint?: () => Promise<{ protocol: string; hostname: string; port?: number; path: string }>;
  forcePathStyle?: boolean;
  systemClockOffset?: number;
  signer: (authScheme?: unknown) => Promise<RequestSigner>;
  requestHandler: {
    handle(
      request: HttpRequest,
      options?: { abortSignal?: AbortSignal },
    ): Promise<{ response: HttpResponse }>;
  };
}

/** What a middleware would see of a lean request: the command it stands for and its input. */
export interface LeanRequestInfo {
  commandName: 'GetObjectCommand' | 'PutObjectCommand';
  input: { Bucket: string; Key: string };
}

/** Wraps lean requests as an 'initialize' middleware wraps commands: may hold, fail or count. */
export type LeanInterceptor = (
  info: LeanRequestInfo,
  next: () => Promise<LeanResponse>,
) => Promise<LeanResponse>;

const interceptors = new WeakMap<S3Client, LeanInterceptor[]>();

/**
 * Lets a caller see the client's lean requests as its middleware sees SDK commands (tests count
 * and hold requests this way). Returns the function that removes it.
 */
export function interceptLean(client: S3Client, interceptor: LeanInterceptor): () => void {
  const list = interceptors.get(client) ?? [];
  list.push(interceptor);
  interceptors.set(client, list);
  return () => {
    const at = list.indexOf(interceptor);
    if (at >= 0) list.splice(at, 1);
  };
}

/** An error answer is read this far for its Code and Message; the rest is not needed. */
const MAX_ERROR_BODY = 64 * 1024;

/** The SDK's key encoding: each segment URI-encoded, "/" kept, RFC 3986 reserved marks too. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The client's signer, built once per client (its key derivation is cached per signer). */
const signers = new WeakMap<S3Client, Promise<RequestSigner>>();

function signerOf(client: S3Client): Promise<RequestSigner> {
  let signer = signers.get(client);
  if (signer === undefined) {
    signer = internals(client).signer();
    signers.set(client, signer);
  }
  return signer;
}

function internals(client: S3Client): ClientInternals {
  return client.config as unknown as ClientInternals;
}

/** Clients whose factory found the lean path equivalent to the SDK's for their dialect. */
const allowed = new WeakSet<S3Client>();

/**
 * Lets this client's small objects take the lean path. Only for dialects whose checksums are
 * WHEN_REQUIRED: the SDK then adds no checksum to a PutObject and validates none on a GetObject,
 * so the lean request is the one the SDK would send (AWS, WHEN_SUPPORTED, keeps the SDK).
 */
export function allowLeanPath(client: S3Client): void {
  allowed.add(client);
}

/** Per client, conditions under which its requests must all go through its middleware. */
const sdkPathConditions = new WeakMap<S3Client, (() => boolean)[]>();

/**
 * Keeps this client's small objects on the SDK path while `applies()` holds. Middleware that
 * must see every request's bytes (the bandwidth limit paces bodies) registers here, so the
 * lean path, which skips the middleware, can never get past it.
 */
export function keepSdkPathWhile(client: S3Client, applies: () => boolean): void {
  const list = sdkPathConditions.get(client) ?? [];
  list.push(applies);
  sdkPathConditions.set(client, list);
}

/** Whether small objects of this client may take the lean path now. */
export function leanPathFor(client: S3Client): boolean {
  const config = internals(client);
  if (!allowed.has(client) || config.endpoint === undefined || config.forcePathStyle !== true)
    return false;
  return !(sdkPathConditions.get(client) ?? []).some((applies) => applies());
}

async function readCapped(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= MAX_ERROR_BODY) break;
  }
  body.destroy();
  return Buffer.concat(chunks).toString('utf8', 0, Math.min(size, MAX_ERROR_BODY));
}

const tag = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/** The error the SDK would throw for this answer: named after the S3 code, else the status. */
async function serviceError(response: LeanResponse, operation: string): Promise<Error> {
  const xml = await readCapped(response.body);
  const name =
    tag(xml, 'Code') ?? (response.status === 412 ? 'PreconditionFailed' : String(response.status));
  const requestId = response.headers['x-amz-request-id'];
  return new S3ServiceException({
    name,
    $fault: response.status >= 500 ? 'server' : 'client',
    $metadata: {
      httpStatusCode: response.status,
      ...(typeof requestId === 'string' ? { requestId } : {}),
    },
    message: tag(xml, 'Message') ?? `${operation} answered HTTP ${response.status}`,
  });
}

/**
 * Signs and sends one object request. A 2xx answer comes back with its body unread; any other
 * answer is thrown as an S3ServiceException named after its S3 error code, as the SDK does.
 */
export function sendLean(
  client: S3Client,
  request: LeanObjectRequest,
  signal: AbortSignal,
): Promise<LeanResponse> {
  const wrappers = interceptors.get(client);
  if (wrappers === undefined || wrappers.length === 0) return signAndSend(client, request, signal);
  const info: LeanRequestInfo = {
    commandName: request.method === 'GET' ? 'GetObjectCommand' : 'PutObjectCommand',
    input: { Bucket: request.bucket, Key: request.key },
  };
  // The first added is the outermost, as with middleware of one step.
  const run = wrappers.reduceRight<() => Promise<LeanResponse>>(
    (next, wrap) => () => wrap(info, next),
    () => signAndSend(client, request, signal),
  );
  return run();
}

async function signAndSend(
  client: S3Client,
  request: LeanObjectRequest,
  signal: AbortSignal,
): Promise<LeanResponse> {
  const config = internals(client);
  if (config.endpoint === undefined) throw new Error('The lean path needs a custom endpoint');
  const endpoint = await config.endpoint();
  const base = endpoint.path.replace(/\/$/, '');
  const path = `${base}/${encodeSegment(request.bucket)}/${request.key.split('/').map(encodeSegment).join('/')}`;
  const host =
    endpoint.port === undefined ? endpoint.hostname : `${endpoint.hostname}:${endpoint.port}`;
  const unsigned: HttpRequest = {
    method: request.method,
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port === undefined ? {} : { port: endpoint.port }),
    path,
    query: {},
    headers: {
      host,
      // As the SDK sends a streamed body: the payload is not part of the signature.
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
      ...request.headers,
      ...(request.body === undefined ? {} : { 'content-length': String(request.body.length) }),
    },
    body: request.body,
  };
  const signer = await signerOf(client);
  const signed = await signer.sign(unsigned, {
    signingDate: new Date(Date.now() + (config.systemClockOffset ?? 0)),
  });
  const { response } = await config.requestHandler.handle(signed, { abortSignal: signal });
  const answer: LeanResponse = {
    status: response.statusCode,
    headers: response.headers,
    body: response.body as Readable,
  };
  if (answer.status < 200 || answer.status > 299)
    throw await serviceError(answer, request.method === 'GET' ? 'GetObject' : 'PutObject');
  return answer;
}
