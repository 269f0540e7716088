import { Readable } from 'node:stream';
import { S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { serverMisbehaved } from './server-misbehaved.js';

/**
 * The most an XML answer (listing, configuration, error) may hold. A full ListObjectsV2 page is
 * at most about 7 MiB (1,000 keys of 1,024 bytes, each escaped); nothing valid comes near this.
 */
export const MAX_XML_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Commands whose answer is the object's bytes, streamed to the caller, never parsed whole. */
const streamedCommands = new Set([
  'GetObjectCommand',
  'GetObjectTorrentCommand',
  'SelectObjectContentCommand',
]);

interface Response {
  statusCode?: number;
  headers: Record<string, string | undefined>;
  body?: unknown;
}

function tooLarge(server: string, operation: string, bytes: number, max: number): Error {
  return serverMisbehaved(
    server,
    'oversized',
    operation,
    `its answer holds ${bytes > max ? 'more than ' : ''}${Math.ceil(bytes / 1024 / 1024)} MiB where at most ${max / 1024 / 1024} MiB is valid`,
  );
}

function serverOf(request: unknown): string {
  const { hostname, port } = request as { hostname?: string; port?: number };
  return port === undefined ? (hostname ?? 'the server') : `${hostname}:${port}`;
}

/** The SDK's parse failures are plain errors carrying the raw response, not service errors. */
function isDeserializationError(err: unknown): boolean {
  return (
    err instanceof Error &&
    !(err instanceof S3ServiceException) &&
    '$response' in err &&
    err.message.includes('Deserialization error')
  );
}

async function readCapped(
  body: Readable,
  max: number,
  fail: (bytes: number) => Error,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > max) {
      body.destroy();
      throw fail(size);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads every non-streamed answer into memory up to a cap before the SDK parses it, so a
 * server sending an endless or enormous body gets a clear error instead of swelling the host.
 */
export function addResponseCap(client: S3Client, maxBytes = MAX_XML_RESPONSE_BYTES): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        if (!isDeserializationError(err)) throw err;
        const operation = (context.commandName ?? 'request').replace(/Command$/, '');
        throw serverMisbehaved(
          serverOf(args.request),
          'unreadable',
          operation,
          'its answer could not be read as XML',
        );
      }
    },
    // Outside the deserializer, to see its parse failures.
    { step: 'deserialize', priority: 'high', name: 'holdallUnreadableAnswer' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      const operation = (context.commandName ?? 'request').replace(/Command$/, '');
      if (context.commandName !== undefined && streamedCommands.has(context.commandName))
        return out;
      const response = out.response as Response;
      // A HEAD answer's Content-Length is the object's, and it has no body to read.
      if ((args.request as { method?: string }).method === 'HEAD') return out;
      if (!(response.body instanceof Readable)) return out;
      const server = serverOf(args.request);
      const fail = (bytes: number): Error => tooLarge(server, operation, bytes, maxBytes);
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (declared > maxBytes) {
        response.body.destroy();
        throw fail(declared);
      }
      response.body = await readCapped(response.body, maxBytes, fail);
      return out;
    },
    // Innermost, like the bandwidth limit: the body is still the socket's stream here.
    { step: 'deserialize', priority: 'low', name: 'holdallResponseCap' },
  );
}
