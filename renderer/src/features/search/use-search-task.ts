import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchCriteria, SearchMatch } from '../../../../shared/domain/search.js';
import { taskEnded } from '../../../../shared/domain/task.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { compactPage } from '../objects/compact-page.js';
import type { CompactPage } from '../objects/compact-page.js';

export interface SearchState {
  task: TaskRecord | null;
  /** Results as list pages, in the order they were found. */
  pages: CompactPage[];
  /** A start or a read that failed; the task's own failure is in `task.error`. */
  error: string | null;
}

function pack(matches: readonly SearchMatch[], scope: string): CompactPage {
  const objects = matches.map((m) => ({ ...m, owner: null }));
  return compactPage({ prefix: scope, folders: [], objects, nextContinuationToken: null }, scope);
}

const IDLE: SearchState = { task: null, pages: [], error: null };

/**
 * One search task of the core for a scope: started, followed by its snapshots, its results read
 * page by page (tasks.results from the last `next`) whenever a snapshot says there are more.
 * A search still running when the panel goes is canceled: nobody would see its results.
 */
export function useSearchTask(profileId: string, bucket: string, scope: string) {
  const client = useContract();
  const [state, setState] = useState<SearchState>(IDLE);
  const taskId = useRef<string | null>(null);
  const cursor = useRef(0);
  const reading = useRef<Promise<void>>(Promise.resolve());
  /** The results as found, to pack again without what a delete removed. */
  const found = useRef<SearchMatch[][]>([]);
  /** Snapshots heard while a start is on its way: a quick search can end before its answer. */
  const early = useRef<Map<string, TaskRecord> | null>(null);

  const readMore = useCallback(
    (record: TaskRecord) => {
      reading.current = reading.current
        .then(async () => {
          while (taskId.current === record.id && cursor.current < (record.results?.count ?? 0)) {
            const page = await client.invoke('tasks.results', {
              id: record.id,
              cursor: cursor.current,
            });
            if (taskId.current !== record.id || page.items.length === 0) return;
            cursor.current = page.next;
            found.current.push(page.items);
            const packed = pack(page.items, scope);
            setState((s) => ({ ...s, pages: [...s.pages, packed] }));
          }
        })
        .catch((err: unknown) => setState((s) => ({ ...s, error: errorMessage(err) })));
    },
    [client, scope],
  );

  useEffect(
    () =>
      client.on('tasks.snapshot', (record) => {
        early.current?.set(record.id, record);
        if (record.id !== taskId.current) return;
        setState((s) => ({ ...s, task: record }));
        readMore(record);
      }),
    [client, readMore],
  );

  const start = useCallback(
    async (criteria: SearchCriteria) => {
      taskId.current = null;
      cursor.current = 0;
      found.current = [];
      setState(IDLE);
      const heard = new Map<string, TaskRecord>();
      early.current = heard;
      try {
        const started = await client.invoke('tasks.start', {
          kind: 'search',
          profileId,
          bucket,
          prefix: scope,
          criteria,
        });
        // Events and answers travel apart: a snapshot heard before the answer is newer than it,
        // and may be the last one (a small search ends at once).
        const task = heard.get(started.id) ?? started;
        taskId.current = task.id;
        setState((s) => ({ ...s, task }));
        readMore(task);
      } catch (err) {
        setState({ ...IDLE, error: errorMessage(err) });
      } finally {
        if (early.current === heard) early.current = null;
      }
    },
    [client, profileId, bucket, scope, readMore],
  );

  const stop = useCallback(async () => {
    const id = taskId.current;
    if (id === null) return;
    try {
      const record = await client.invoke('tasks.control', { id, action: 'cancel' });
      setState((s) => ({ ...s, task: record }));
    } catch (err) {
      setState((s) => ({ ...s, error: errorMessage(err) }));
    }
  }, [client]);

  /** Results a delete removed go from the list; the count found stays what the search found. */
  const drop = useCallback(
    (removed: { keys: readonly string[]; prefixes: readonly string[] }) => {
      const keys = new Set(removed.keys);
      const gone = (m: SearchMatch) =>
        keys.has(m.key) || removed.prefixes.some((prefix) => m.key.startsWith(prefix));
      if (!found.current.some((page) => page.some(gone))) return;
      found.current = found.current.map((page) => page.filter((m) => !gone(m)));
      setState((s) => ({ ...s, pages: found.current.map((page) => pack(page, scope)) }));
    },
    [scope],
  );

  const running = state.task !== null && !taskEnded(state.task.state);
  const runningRef = useRef(running);
  runningRef.current = running;
  useEffect(
    () => () => {
      const id = taskId.current;
      if (id !== null && runningRef.current)
        void client.invoke('tasks.control', { id, action: 'cancel' }).catch(() => undefined);
    },
    [client],
  );

  return { ...state, running, start, stop, drop };
}
