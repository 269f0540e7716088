/** A dropped file and its place under what was dropped (an DropSource, as far as sending goes). */
export interface DropSource {
  file: Blob;
  relativePath: string;
}

/**
 * Requests sent to the host at once: a few keep the host's disk and the engine fed while the
 * page reads the next files.
 */
export const SPOOL_CONCURRENCY = 3;
/**
 * Small files go several to a request: one request per 64 KiB file cost the page and the host
 * more than the bytes. A batch ends at this many files or bytes; a bigger file goes on its own.
 */
export const BATCH_FILES = 32;
export const BATCH_BYTES = 1024 * 1024;

/** One file's outcome: its grant (none for a file of an opened folder), or why it failed. */
export type SentFile = { grant?: string | undefined } | { error: unknown };

/** What sending a drop needs from the browser host; the page's is XHR + fetch, a bench's Node's. */
export interface DropTransport {
  /** Lists a drop's folder files before their bytes; answers a grant per folder and the send order. */
  open(
    dropId: string,
    files: { path: string; size: number }[],
  ): Promise<{ grants: string[]; order: number[] }>;
  /** Several files' bytes in one request; answers each file's outcome, in order. */
  send(
    dropId: string,
    sources: readonly DropSource[],
    onProgress: (bytesSent: number) => void,
    signal: AbortSignal,
  ): Promise<SentFile[]>;
  /** tasks.start of one upload of these grants; answers the task's id. */
  start(grants: string[]): Promise<string>;
  /** Cancels the upload task (tasks.control). */
  cancel(taskId: string): Promise<void>;
}

export interface DropWatch {
  signal: AbortSignal;
  onBytes(index: number, bytesSent: number): void;
  onFileDone(): void;
  /** A file the page could not send; the rest of the drop goes on. */
  onFailed(source: DropSource, error: unknown): void;
  concurrency?: number;
}

const inFolder = (source: DropSource): boolean => source.relativePath.includes('/');
const topOf = (source: DropSource): string => source.relativePath.split('/')[0] ?? '';

/**
 * Sends a drop to the browser host as ONE upload task that runs while it is sent. The folders
 * are listed first (the host answers a grant per folder and the order its walk takes their
 * files in), then the loose files go, then the task starts with every grant, and the folders'
 * files follow in walk order, a few requests at a time: the engine uploads each file the moment
 * it has landed. Loose files go first because a task starts with all its items, and they are
 * whole items only once sent. Cancel stops the sending and cancels the task.
 */
export async function sendDrop(
  dropId: string,
  sources: readonly DropSource[],
  transport: DropTransport,
  watch: DropWatch,
): Promise<void> {
  // One signal for every request, so a failure before the sending (open, start) stops it too.
  const stop = new AbortController();
  const signal = stop.signal;
  const onAbort = (): void => stop.abort();
  watch.signal.addEventListener('abort', onAbort, { once: true });
  if (watch.signal.aborted) stop.abort();
  const folderFiles = sources.flatMap((s, index) => (inFolder(s) ? [index] : []));
  const looseFiles = sources.flatMap((s, index) => (inFolder(s) ? [] : [index]));
  let task: string | null = null;
  try {
    const grants: string[] = [];
    const order: number[] = [];
    if (folderFiles.length > 0) {
      const opened = await transport.open(
        dropId,
        folderFiles.map((i) => ({
          path: sources[i]?.relativePath ?? '',
          size: sources[i]?.file.size ?? 0,
        })),
      );
      signal.throwIfAborted();
      grants.push(...opened.grants);
      for (const at of opened.order) {
        const index = folderFiles[at];
        if (index !== undefined) order.push(index);
      }
    }
    grants.push(...(await sendFiles(looseFiles, sources, transport, dropId, watch, signal)));
    signal.throwIfAborted();
    if (grants.length === 0) return;
    task = await transport.start(grants);
    await sendFiles(order, sources, transport, dropId, watch, signal);
    signal.throwIfAborted();
  } catch (err) {
    const canceled = watch.signal.aborted;
    stop.abort();
    if (task !== null && canceled) await transport.cancel(task);
    throw canceled ? canceledError() : err;
  } finally {
    watch.signal.removeEventListener('abort', onAbort);
  }
}

/** Sends these files in this order, a few requests at once; answers the loose files' grants. */
async function sendFiles(
  order: readonly number[],
  sources: readonly DropSource[],
  transport: DropTransport,
  dropId: string,
  watch: DropWatch,
  signal: AbortSignal,
): Promise<string[]> {
  const grants: string[] = [];
  // Items whose upload was canceled in the activity panel while they were being sent.
  const ended = new Set<string>();
  const batches = batchesOf(order, sources);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      signal.throwIfAborted();
      const batch = (batches[next++] ?? []).filter((i) => !ended.has(topOf(sources[i]!)));
      if (batch.length === 0) continue;
      const files = batch.map((i) => sources[i]!);
      let results: SentFile[];
      try {
        results = await transport.send(
          dropId,
          files,
          (bytes) => spread(bytes, batch, sources, (i, b) => watch.onBytes(i, b)),
          signal,
        );
      } catch (err) {
        if (signal.aborted) throw err;
        results = files.map(() => ({ error: err }));
      }
      results.forEach((result, at) => {
        const source = files[at];
        if (source === undefined) return;
        if (!('error' in result)) {
          if (result.grant !== undefined) grants.push(result.grant);
          watch.onBytes(batch[at] ?? 0, source.file.size);
          watch.onFileDone();
        }
        // Its upload was canceled in the panel: the rest of that item is not wanted either.
        else if (isCanceled(result.error)) ended.add(topOf(source));
        else watch.onFailed(source, result.error);
      });
    }
  };
  const limit = Math.max(1, Math.min(watch.concurrency ?? SPOOL_CONCURRENCY, batches.length));
  await Promise.all(Array.from({ length: limit }, worker));
  return grants;
}

/** Consecutive files in send order, cut at BATCH_FILES or BATCH_BYTES; a big file alone. */
function batchesOf(order: readonly number[], sources: readonly DropSource[]): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const index of order) {
    const size = sources[index]?.file.size ?? 0;
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(index);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A request's bytes sent so far, as each of its files' share (they go back to back). */
function spread(
  sent: number,
  batch: readonly number[],
  sources: readonly DropSource[],
  onBytes: (index: number, bytes: number) => void,
): void {
  let offset = 0;
  for (const index of batch) {
    const size = sources[index]?.file.size ?? 0;
    onBytes(index, Math.max(0, Math.min(size, sent - offset)));
    offset += size;
  }
}

export function isCanceled(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'Canceled';
}

function canceledError(): Error {
  return Object.assign(new Error('Canceled'), { code: 'Canceled' });
}
