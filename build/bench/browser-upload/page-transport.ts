import type { DropTransport } from '../../../renderer/src/features/transfers/spool-drop.js';
import {
  spoolBatchUrl,
  spoolOpenUrl,
} from '../../../renderer/src/features/transfers/spool-paths.js';

export interface HostSession {
  base: string;
  cookie: string;
}

interface Envelope<T> {
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}

async function answer<T>(res: Response, what: string): Promise<T> {
  const body = (await res.json()) as Envelope<T>;
  if (!body.ok)
    throw Object.assign(new Error(`${what}: ${body.error?.message ?? res.status}`), {
      code: body.error?.code,
    });
  return body.value;
}

/** Calls a contract channel as the page does (POST /api/invoke/…, the session cookie). */
export async function invoke<T>(host: HostSession, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.base}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: host.cookie },
    body: JSON.stringify(input),
  });
  return answer<T>(res, channel);
}

/**
 * The requests the page's spool client makes (spool-client.ts), from Node: the same routes,
 * bodies and cookie, so the bench drives the real host with the page's own sending logic.
 */
export function pageTransport(
  host: HostSession,
  enqueueInput: { profileId: string; bucket: string; keyPrefix: string; conflict: string },
  taskIds: string[],
): DropTransport {
  return {
    open: async (dropId, files) =>
      answer(
        await fetch(`${host.base}${spoolOpenUrl(dropId)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: host.cookie },
          body: JSON.stringify({ files }),
        }),
        'open',
      ),
    send: async (dropId, sources, onProgress, signal) => {
      // The body the page's spoolBatch builds: list length, list, the files back to back.
      const list = Buffer.from(
        JSON.stringify(sources.map((s) => ({ path: s.relativePath, size: s.file.size }))),
      );
      const length = Buffer.alloc(4);
      length.writeUInt32BE(list.length);
      const res = await fetch(`${host.base}${spoolBatchUrl(dropId)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', Cookie: host.cookie },
        body: new Blob([length, list, ...sources.map((s) => s.file)]),
        signal,
      });
      const { results } = await answer<{ results: Envelope<{ grant?: string }>[] }>(res, 'batch');
      onProgress(sources.reduce((sum, s) => sum + s.file.size, 0));
      return results.map((r) => (r.ok ? { grant: r.value.grant } : { error: r.error }));
    },
    start: async (grants) => {
      const task = await invoke<{ id: string }>(host, 'tasks.start', {
        kind: 'upload',
        ...enqueueInput,
        grants,
      });
      taskIds.push(task.id);
      return task.id;
    },
    cancel: async (id) => {
      await invoke(host, 'tasks.control', { id, action: 'cancel' });
    },
  };
}
