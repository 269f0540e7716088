import { useQuery } from '@tanstack/react-query';
import { MAX_RESULTS_PAGE } from '../../../../shared/domain/search.js';
import type { SyncDifference } from '../../../../shared/domain/sync.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError } from '../../contract/contract-error.js';
import { syncMessages as m } from './messages.js';

/**
 * Where the compared folder is: a picker folder (browser host), or grants the desktop host (its
 * folder dialog) or a saved pair issued, one per use it was issued for.
 */
export type LocalFolder =
  | { under: string; path: string }
  | { grants: { read?: string | undefined; write?: string | undefined }; path: string };

/**
 * A grant for the folder for this use. The browser host's picker grants what is asked; a native
 * pick for a sync carries both uses. `either` takes the other use when this one is missing: a
 * compare, a dry run and saving a pair accept a read or a write grant alike.
 */
export async function folderGrant(
  client: ContractClient,
  folder: LocalFolder,
  use: 'read' | 'write',
  either = false,
): Promise<string> {
  if ('under' in folder)
    return (await client.invoke('folders.grant', { under: folder.under, use })).grant;
  const other = use === 'read' ? folder.grants.write : folder.grants.read;
  const grant = folder.grants[use] ?? (either ? other : undefined);
  if (grant === undefined) throw new Error(m.folderNotFor(use));
  return grant;
}

/** Electron's folder dialog, asked for a folder to sync (read and write grants); null when canceled. */
export async function pickNatively(): Promise<LocalFolder | null> {
  const answer = await window.holdall?.pickFolder?.({ purpose: 'sync' });
  if (answer === undefined) return null;
  if (!answer.ok) throw new ContractError(answer.error);
  if (answer.value === null) return null;
  const { grant, readGrant, path } = answer.value;
  return { grants: { write: grant, read: readGrant }, path };
}

/** The saved pairs' query: saving one makes the list read again. */
export const SYNC_PAIRS_QUERY = ['sync', 'pairs'] as const;

/** Every difference a finished compare found, page by page. */
async function allDifferences(client: ContractClient, id: string): Promise<SyncDifference[]> {
  const all: SyncDifference[] = [];
  for (let cursor = 0; ;) {
    const page = await client.invoke('tasks.results', { id, cursor, limit: MAX_RESULTS_PAGE });
    all.push(...(page.differences ?? []));
    if (page.next >= page.count || page.next === cursor) return all;
    cursor = page.next;
  }
}

/** A finished compare's differences; they never change, so read once. */
export function useDifferences(taskId: string | null, done: boolean) {
  const client = useContract();
  return useQuery({
    enabled: taskId !== null && done,
    queryKey: ['sync', 'differences', taskId],
    queryFn: () => allDifferences(client, taskId ?? ''),
    staleTime: Infinity,
  });
}
