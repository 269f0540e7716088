/** A dropped file and its place under what was dropped (an DropSource, as far as sending goes). */
export interface DropSource {
  file: Blob;
  relativePath: string;
}

/**
 * Files sent to the host at once. One request per file costs little on loopback; four keep the
 * host's disk and the engine fed while the page reads the next files.
 */
export const SPOOL_CONCURRENCY = 4;

/** What sending a drop needs from the browser host; the page's is XHR + fetch, a bench's Node's. */
export interface DropTransport {
  /** Lists a drop's folder files before their bytes; answers a grant per folder and the send order. */
  open(
    dropId: string,
    files: { path: string; size: number }[],
  ): Promise<{ grants: string[]; order: number[] }>;
  /** One file's bytes; answers its grant, or nothing for a file of an opened folder. */
  send(
    dropId: string,
    source: DropSource,
    onProgress: (bytesSent: number) => void,
    signal: AbortSignal,
  ): Promise<string | undefined>;
  /** transfers.enqueueUpload of these grants; answers the jobs' ids. */
  enqueue(grants: string[]): Promise<string[]>;
  /** transfers.cancel of each job. */
  cancelJobs(ids: string[]): Promise<void>;
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
 * Sends a drop to the browser host so its upload runs while it is sent: the folders are listed
 * first and their uploads enqueued at once (the engine walks each file the moment it has
 * landed), then every file goes in the order the walk takes them, a few at a time. Loose files
 * are enqueued together once they all landed. Cancel stops the sending and cancels the jobs.
 */
export async function sendDrop(
  dropId: string,
  sources: readonly DropSource[],
  transport: DropTransport,
  watch: DropWatch,
): Promise<void> {
  // One signal for every request, so a failure before the sending (open, enqueue) stops it too.
  const stop = new AbortController();
  const signal = stop.signal;
  const onAbort = (): void => stop.abort();
  watch.signal.addEventListener('abort', onAbort, { once: true });
  if (watch.signal.aborted) stop.abort();
  const folderFiles = sources.flatMap((s, index) => (inFolder(s) ? [index] : []));
  const looseFiles = sources.flatMap((s, index) => (inFolder(s) ? [] : [index]));
  const jobs: string[] = [];
  const order: number[] = [];
  try {
    if (folderFiles.length > 0) {
      const opened = await transport.open(
        dropId,
        folderFiles.map((i) => ({
          path: sources[i]?.relativePath ?? '',
          size: sources[i]?.file.size ?? 0,
        })),
      );
      signal.throwIfAborted();
      jobs.push(...(await transport.enqueue(opened.grants)));
      for (const at of opened.order) {
        const index = folderFiles[at];
        if (index !== undefined) order.push(index);
      }
    }
    order.push(...looseFiles);
    const grants = new Set<string>();
    // Items whose upload was canceled in the transfers panel while they were being sent.
    const ended = new Set<string>();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < order.length) {
        signal.throwIfAborted();
        const index = order[next++];
        const source = index === undefined ? undefined : sources[index];
        if (index === undefined || source === undefined) return;
        if (ended.has(topOf(source))) continue;
        try {
          const grant = await transport.send(
            dropId,
            source,
            (bytes) => watch.onBytes(index, bytes),
            signal,
          );
          if (grant !== undefined) grants.add(grant);
          watch.onFileDone();
        } catch (err) {
          if (signal.aborted) throw err;
          // Its upload was canceled in the panel: the rest of that item is not wanted either.
          if (isCanceled(err)) ended.add(topOf(source));
          else watch.onFailed(source, err);
        }
      }
    };
    const limit = Math.max(1, Math.min(watch.concurrency ?? SPOOL_CONCURRENCY, order.length));
    await Promise.all(Array.from({ length: limit }, worker));
    signal.throwIfAborted();
    if (grants.size > 0) await transport.enqueue([...grants]);
  } catch (err) {
    const canceled = watch.signal.aborted;
    stop.abort();
    if (jobs.length > 0 && canceled) await transport.cancelJobs(jobs);
    throw canceled ? canceledError() : err;
  } finally {
    watch.signal.removeEventListener('abort', onAbort);
  }
}

export function isCanceled(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'Canceled';
}

function canceledError(): Error {
  return Object.assign(new Error('Canceled'), { code: 'Canceled' });
}
