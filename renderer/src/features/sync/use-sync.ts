import { useQuery } from '@tanstack/react-query';
import { MAX_RESULTS_PAGE } from '../../../../shared/domain/search.js';
import type { SyncDifference } from '../../../../shared/domain/sync.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError } from '../../contract/contract-error.js';

/** Where the compared folder is: a picker folder (browser host) or a grant from a native dialog. */
export type LocalFolder = { under: string; path: string } | { grant: string; path: string };

/**
 * A grant for the folder for this use. The browser host's picker grants what is asked; a native
 * pick is a write grant, which the core takes for a compare and a sync down.
 */
export async function folderGrant(
  client: ContractClient,
  folder: LocalFolder,
  use: 'read' | 'write',
): Promise<string> {
  if ('grant' in folder) return folder.grant;
  return (await client.invoke('folders.grant', { under: folder.under, use })).grant;
}

/** Electron's folder dialog; null when the user canceled. */
export async function pickNatively(): Promise<LocalFolder | null> {
  const answer = await window.holdall?.pickFolder?.();
  if (answer === undefined) return null;
  if (!answer.ok) throw new ContractError(answer.error);
  return answer.value;
}

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
