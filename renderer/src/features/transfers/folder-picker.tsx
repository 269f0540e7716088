import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { FolderListing } from '../../../../shared/domain/local-grant.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { messages } from './messages.js';
import { transferKeys } from './transfer-keys.js';

export function folderListQuery(client: ContractClient, under: string | undefined) {
  return queryOptions({
    queryKey: transferKeys.folders(under),
    queryFn: () => client.invoke('folders.list', under === undefined ? {} : { under }),
    // A folder created meanwhile shows up when the folder is opened again.
    staleTime: 0,
  });
}

function lastSegment(listing: FolderListing): string {
  const name = listing.under.split('/').pop();
  return name === undefined || name === '' ? listing.path : name;
}

interface FolderPickerProps {
  /** Relative to the host's picker root; undefined until the host says where it starts. */
  under: string | undefined;
  onOpen: (under: string) => void;
  /** The listing shown, so the dialog knows which folder "Download" means. */
  onListing: (listing: FolderListing | undefined) => void;
}

/**
 * The host's folders below the home folder, one level at a time: open a
 * folder, go up, and the folder shown is where the download goes. Plain
 * buttons, so Tab and Enter do everything; the host decides what is listed.
 */
export function FolderPicker({ under, onOpen, onListing }: FolderPickerProps) {
  const client = useContract();
  const listing = useQuery(folderListQuery(client, under));
  const shown = listing.data;
  useEffect(() => onListing(shown), [shown, onListing]);

  if (listing.isPending)
    return <p className="muted folder-picker-state">{messages.listingFolders}</p>;
  if (listing.isError)
    return (
      <div className="message message-error folder-picker-state" role="alert">
        {messages.listFailed} {errorMessage(listing.error)}{' '}
        <button type="button" className="button" onClick={() => void listing.refetch()}>
          {messages.tryAgain}
        </button>{' '}
        {under !== '' && (
          <button type="button" className="button" onClick={() => onOpen('')}>
            {messages.homeFolder}
          </button>
        )}
      </div>
    );
  const data = listing.data;
  const parent = data.parent;
  return (
    <div className="folder-picker">
      <button
        type="button"
        className="button"
        disabled={parent === null}
        onClick={() => parent !== null && onOpen(parent)}
      >
        {messages.upFolder}
      </button>
      {data.folders.length === 0 ? (
        <p className="muted folder-picker-state">{messages.noSubfolders}</p>
      ) : (
        <ul className="folder-picker-list" aria-label={messages.foldersIn(lastSegment(data))}>
          {data.folders.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="folder-picker-item"
                aria-label={messages.openFolder(name)}
                onClick={() => onOpen(data.under === '' ? name : `${data.under}/${name}`)}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {data.truncated && <p className="muted">{messages.moreFolders}</p>}
    </div>
  );
}
