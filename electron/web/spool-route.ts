import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { AppError } from '../../shared/contract/envelope.js';
import { HOST_SCOPE } from '../core/grants/grant-registry.js';
import type { GrantRegistry } from '../core/grants/grant-registry.js';
import { readBody, sendJson } from './http-body.js';
import { ByteReader, MAX_BATCH_FILES, MAX_BATCH_LIST_BYTES } from './spool-batch.js';
import { MAX_DROP_FILES } from './spool.js';
import type { Spool } from './spool.js';

export const SPOOL_PATH = '/api/spool';
export const SPOOL_OPEN_PATH = '/api/spool/open';
export const SPOOL_BATCH_PATH = '/api/spool/batch';
/** A drop's list of files, read whole: room for MAX_DROP_FILES paths of ~300 bytes. */
const MAX_DROP_LIST_BYTES = 64 * 1024 * 1024;

export interface Spooling {
  spool: Spool;
  grants: GrantRegistry;
}

const dropListSchema = z
  .object({
    files: z
      .array(
        z.object({ path: z.string().min(1).max(4096), size: z.number().int().min(0) }).strict(),
      )
      .min(1)
      .max(MAX_DROP_FILES),
  })
  .strict();

const batchListSchema = z
  .array(z.object({ path: z.string().min(1).max(4096), size: z.number().int().min(0) }).strict())
  .min(1)
  .max(MAX_BATCH_FILES);

function failure(err: unknown): { code: string; message: string } {
  return err instanceof AppError
    ? err.toShape()
    : {
        code: 'LocalFileError',
        message: `Could not receive the file: ${err instanceof Error ? err.message : String(err)}`,
      };
}

function refuseMethod(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(405, { ...headers, Allow: 'POST' }).end();
}

/**
 * POST /api/spool?drop=ID&path=RELATIVE with the file's bytes. Answers a read grant for the
 * dropped item it belongs to, except for a file of an opened folder, whose grant came with the
 * open (its upload is already walking the folder).
 */
export async function handleSpool(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  spooling: Spooling | undefined,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST' || spooling === undefined) return refuseMethod(res, headers);
  try {
    const { top, live } = await spooling.spool.receive(
      req,
      url.searchParams.get('drop') ?? '',
      url.searchParams.get('path') ?? '',
    );
    const value = live ? {} : { grant: await spooling.grants.issueRead(HOST_SCOPE, top) };
    sendJson(res, 200, { ok: true, value }, headers);
  } catch (err) {
    if (!res.headersSent && !res.destroyed)
      sendJson(res, 200, { ok: false, error: failure(err) }, headers);
  }
}

/**
 * POST /api/spool/open?drop=ID with `{ files: [{ path, size }] }`, every file of the drop's
 * folders, before any of their bytes. Answers a read grant per folder, to enqueue at once, and
 * the order to send the files in.
 */
export async function handleSpoolOpen(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  spooling: Spooling | undefined,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST' || spooling === undefined) return refuseMethod(res, headers);
  const text = await readBody(req, MAX_DROP_LIST_BYTES);
  try {
    if (text === undefined)
      throw new AppError('InvalidInput', 'files: the list is over 64 MiB', { fields: ['files'] });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('InvalidInput', 'files: the body is not JSON', { fields: ['files'] });
    }
    const parsed = dropListSchema.safeParse(json);
    if (!parsed.success)
      throw new AppError('InvalidInput', `files: ${parsed.error.issues[0]?.message ?? 'invalid'}`, {
        fields: ['files'],
      });
    const opened = await spooling.spool.open(url.searchParams.get('drop') ?? '', parsed.data.files);
    const grants: string[] = [];
    for (const folder of opened.folders)
      grants.push(await spooling.grants.issueRead(HOST_SCOPE, folder.path));
    sendJson(res, 200, { ok: true, value: { grants, order: opened.order } }, headers);
  } catch (err) {
    if (!res.headersSent && !res.destroyed)
      sendJson(res, 200, { ok: false, error: failure(err) }, headers);
  }
}

/**
 * POST /api/spool/batch?drop=ID with several files in one body: a 4-byte big-endian length, a
 * JSON list `[{ path, size }]` of that length, then each file's bytes in list order. One request
 * instead of one per file; each file lands, or fails, exactly as it would on its own, and the
 * answer says which: `{ results: [{ ok, value | error }] }` in list order.
 */
export async function handleSpoolBatch(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  spooling: Spooling | undefined,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST' || spooling === undefined) return refuseMethod(res, headers);
  const drop = url.searchParams.get('drop') ?? '';
  const reader = new ByteReader(req);
  const results: unknown[] = [];
  try {
    const length = (await reader.read(4)).readUInt32BE(0);
    if (length > MAX_BATCH_LIST_BYTES)
      throw new AppError('InvalidInput', 'files: the list is over 1 MiB', { fields: ['files'] });
    let json: unknown;
    try {
      json = JSON.parse((await reader.read(length)).toString('utf8'));
    } catch {
      throw new AppError('InvalidInput', 'files: the list is not JSON', { fields: ['files'] });
    }
    const list = batchListSchema.safeParse(json);
    if (!list.success)
      throw new AppError('InvalidInput', `files: ${list.error.issues[0]?.message ?? 'invalid'}`, {
        fields: ['files'],
      });
    for (const file of list.data) {
      const counted = { bytes: 0 };
      try {
        const { top, live } = await spooling.spool.receive(
          reader.take(file.size, counted),
          drop,
          file.path,
        );
        const value = live ? {} : { grant: await spooling.grants.issueRead(HOST_SCOPE, top) };
        results.push({ ok: true, value });
      } catch (err) {
        results.push({ ok: false, error: failure(err) });
        // A refused file's bytes are still in the body, before the next file's.
        await reader.skip(file.size - counted.bytes).catch(() => undefined);
      }
    }
    if (!(await reader.atEnd()))
      throw new AppError('InvalidInput', 'files: the body holds more bytes than listed', {
        fields: ['files'],
      });
    sendJson(res, 200, { ok: true, value: { results } }, headers);
  } catch (err) {
    if (!res.headersSent && !res.destroyed)
      sendJson(res, 200, { ok: false, error: failure(err) }, headers);
  }
}
