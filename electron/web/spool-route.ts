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

/**
 * The one shape of every spool route: POST only, and whatever `answer` returns or throws goes
 * back as the contract's envelope (an answer already under way is left to end as it can).
 */
async function spoolPost(
  req: IncomingMessage,
  res: ServerResponse,
  spooling: Spooling | undefined,
  headers: Record<string, string>,
  answer: (spooling: Spooling) => Promise<unknown>,
): Promise<void> {
  if (req.method !== 'POST' || spooling === undefined) {
    res.writeHead(405, { ...headers, Allow: 'POST' }).end();
    return;
  }
  try {
    sendJson(res, 200, { ok: true, value: await answer(spooling) }, headers);
  } catch (err) {
    if (!res.headersSent && !res.destroyed)
      sendJson(res, 200, { ok: false, error: failure(err) }, headers);
  }
}

/** A JSON list of files, checked against its schema; every problem names the `files` field. */
function parseFileList<T>(text: string, schema: z.ZodType<T>): T {
  const invalid = (why: string) =>
    new AppError('InvalidInput', `files: ${why}`, { fields: ['files'] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('the list is not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
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
  await spoolPost(req, res, spooling, headers, async ({ spool, grants }) => {
    const { top, live } = await spool.receive(
      req,
      url.searchParams.get('drop') ?? '',
      url.searchParams.get('path') ?? '',
    );
    return live ? {} : { grant: await grants.issueRead(HOST_SCOPE, top) };
  });
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
  await spoolPost(req, res, spooling, headers, async ({ spool, grants }) => {
    const text = await readBody(req, MAX_DROP_LIST_BYTES);
    if (text === undefined)
      throw new AppError('InvalidInput', 'files: the list is over 64 MiB', { fields: ['files'] });
    const { files } = parseFileList(text, dropListSchema);
    const opened = await spool.open(url.searchParams.get('drop') ?? '', files);
    const folderGrants: string[] = [];
    for (const folder of opened.folders)
      folderGrants.push(await grants.issueRead(HOST_SCOPE, folder.path));
    return { grants: folderGrants, order: opened.order };
  });
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
  const drop = url.searchParams.get('drop') ?? '';
  await spoolPost(req, res, spooling, headers, async ({ spool, grants }) => {
    const reader = new ByteReader(req);
    const length = (await reader.read(4)).readUInt32BE(0);
    if (length > MAX_BATCH_LIST_BYTES)
      throw new AppError('InvalidInput', 'files: the list is over 1 MiB', { fields: ['files'] });
    const list = parseFileList((await reader.read(length)).toString('utf8'), batchListSchema);
    const results: unknown[] = [];
    for (const file of list) {
      const counted = { bytes: 0 };
      try {
        const { top, live } = await spool.receive(reader.take(file.size, counted), drop, file.path);
        results.push({
          ok: true,
          value: live ? {} : { grant: await grants.issueRead(HOST_SCOPE, top) },
        });
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
    return { results };
  });
}
