import { useQuery } from '@tanstack/react-query';
import type { FocusEvent } from 'react';
import type { Selection } from '../../app/selection.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { bucketsQuery } from '../../contract/queries.js';
import { BucketIcon } from '../../ui/icons.js';
import { bucketItemKey } from './tree-item-key.js';

interface BucketGroupProps {
  profileId: string;
  selection: Selection | null;
  tabStop: string | null;
  onFocusItem: (key: string) => void;
  onSelectBucket: (bucket: string) => void;
}

/** The buckets of one expanded connection, fetched when it opens. */
export function BucketGroup({
  profileId,
  selection,
  tabStop,
  onFocusItem,
  onSelectBucket,
}: BucketGroupProps) {
  const client = useContract();
  const buckets = useQuery(bucketsQuery(client, profileId));

  return (
    <ul role="group" className="tree-group">
      {buckets.isPending && (
        <li role="none" className="tree-note">
          Loading buckets…
        </li>
      )}
      {buckets.isError && (
        <li role="none" className="tree-note">
          <span className="message message-error" role="alert">
            {errorMessage(buckets.error)}
          </span>
        </li>
      )}
      {buckets.data?.length === 0 && (
        <li role="none" className="tree-note">
          No buckets
        </li>
      )}
      {buckets.data?.map(({ name }) => {
        const key = bucketItemKey(profileId, name);
        const isSelected = selection?.profileId === profileId && selection.bucket === name;
        return (
          <li
            key={name}
            role="treeitem"
            aria-selected={isSelected}
            tabIndex={tabStop === key ? 0 : -1}
            data-kind="bucket"
            data-profile-id={profileId}
            data-bucket={name}
            className="tree-item"
            onFocus={(event: FocusEvent) => {
              if (event.target === event.currentTarget) onFocusItem(key);
            }}
            onClick={() => onSelectBucket(name)}
          >
            <div className={isSelected ? 'tree-row tree-row-selected' : 'tree-row'}>
              <span className="twisty" />
              <BucketIcon />
              <span className="tree-label">{name}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
