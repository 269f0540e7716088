import type { ContractClient } from '../../contract/contract-client.js';

/** Names per listing call: a page of folders the tree draws at once without stalling. */
export const FOLDER_PAGE_SIZE = 500;

/**
 * Listing calls one "load" may make. Objects share the listing with folders, so a page may
 * hold no folder at all; a few more pages are read before "Load more" is offered instead.
 */
export const PAGES_PER_LOAD = 4;

export interface FolderPage {
  /** Subfolders, as full prefixes ending in "/". */
  folders: string[];
  /** Where the next load starts; null when the folder was listed to its end. */
  next: string | null;
}

/**
 * The next subfolders of a folder, from `continuationToken` on. Each call is one listing
 * request with the connection's deadline; the loop ends after a fixed number of pages, and a
 * server that repeats a token is stopped by the host (ServerMisbehaved).
 */
export async function loadFolderPage(
  client: ContractClient,
  at: { profileId: string; bucket: string; prefix: string },
  continuationToken: string | undefined,
): Promise<FolderPage> {
  const folders: string[] = [];
  let next = continuationToken;
  for (let page = 0; page < PAGES_PER_LOAD; page += 1) {
    const listed = await client.invoke('objects.list', {
      ...at,
      maxKeys: FOLDER_PAGE_SIZE,
      ...(next === undefined ? {} : { continuationToken: next }),
    });
    folders.push(...listed.folders);
    next = listed.nextContinuationToken ?? undefined;
    if (next === undefined || folders.length > 0) break;
  }
  return { folders, next: next ?? null };
}
