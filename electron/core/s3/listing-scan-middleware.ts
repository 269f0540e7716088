import type { S3Client, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-s3';
import type { DeserializeMiddleware } from '@smithy/types';
import { scanListing } from './listing-scan.js';
import type { ScannedListing } from './listing-scan.js';

type Middleware = DeserializeMiddleware<ServiceInputTypes, ServiceOutputTypes>;

const COMMAND = 'ListObjectsV2Command';

/**
 * ListObjectsV2 answers read by `scanListing`: inside the deserializer, a 2xx answer's
 * entries are taken out of the body and the SDK parses only what is left; outside it, the
 * entries go back into the output, so every caller sees the SDK's usual shape. An answer the
 * scan does not take is parsed by the SDK alone, as before. Errors are never touched.
 */
export function addListingScan(client: S3Client): void {
  const scanned = new WeakMap<object, ScannedListing>();
  const restoreEntries: Middleware = (next, context) => async (args) => {
    const result = await next(args);
    const listing = scanned.get(context);
    if (context.commandName !== COMMAND || listing === undefined) return result;
    const output = result.output as { Contents?: unknown[]; CommonPrefixes?: unknown[] };
    if (listing.contents.length > 0) output.Contents = listing.contents;
    if (listing.prefixes.length > 0) output.CommonPrefixes = listing.prefixes;
    return result;
  };
  const takeEntries: Middleware = (next, context) => async (args) => {
    const result = await next(args);
    if (context.commandName !== COMMAND) return result;
    const response = result.response as { statusCode?: number; body?: unknown };
    const status = response.statusCode ?? 0;
    // The response cap (innermost) has read the body into a Buffer already.
    if (status < 200 || status > 299 || !Buffer.isBuffer(response.body)) return result;
    const listing = scanListing(response.body.toString('utf8'));
    if (listing === undefined) return result;
    scanned.set(context, listing);
    response.body = Buffer.from(listing.rest, 'utf8');
    return result;
  };
  client.middlewareStack.addRelativeTo(restoreEntries, {
    relation: 'before',
    toMiddleware: 'deserializerMiddleware',
    name: 'holdallListingScanOutput',
  });
  client.middlewareStack.addRelativeTo(takeEntries, {
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
    name: 'holdallListingScan',
  });
}
