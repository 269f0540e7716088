import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import type { Selection } from '../../app/selection.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { SignInAgain } from '../sign-in/sign-in-again.js';
import { bucketsQuery } from '../../contract/queries.js';
import { BucketIcon } from '../../ui/icons.js';
import type { BucketDialog } from '../buckets/bucket-dialogs.js';
import { bucketMessages } from '../buckets/messages.js';
import { pointUnder } from '../../ui/menu-placement.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { ActionsMenu, isMenuKey, MenuButton } from './actions-menu.js';
import { connectionMessages as m } from './messages.js';
import { bucketItemKey } from './tree-item-key.js';

interface BucketGroupProps {
  profile: ProfileSummary;
  selection: Selection | null;
  tabStop: string | null;
  onFocusItem: (key: string) => void;
  onSelectBucket: (bucket: string) => void;
  onNewBucket: () => void;
  onBucketDialog: (dialog: BucketDialog) => void;
}

interface BucketItemProps extends Omit<BucketGroupProps, 'onNewBucket'> {
  name: string;
}

function BucketItem({ profile, name, selection, tabStop, ...props }: BucketItemProps) {
  const [menuAt, setMenuAt] = useState<MenuPoint | null>(null);
  const profileId = profile.id;
  const key = bucketItemKey(profileId, name);
  const isTabStop = tabStop === key;
  const isSelected = selection?.profileId === profileId && selection.bucket === name;
  const label = bucketMessages.actionsFor(name);
  const actions = [
    {
      id: 'properties',
      label: bucketMessages.properties,
      onSelect: () => props.onBucketDialog({ kind: 'properties', profileId, bucket: name }),
    },
    {
      id: 'delete',
      label: bucketMessages.delete,
      danger: true,
      onSelect: () => props.onBucketDialog({ kind: 'delete', profileId, bucket: name }),
    },
  ];
  return (
    <li
      role="treeitem"
      aria-selected={isSelected}
      aria-label={name}
      tabIndex={isTabStop ? 0 : -1}
      data-kind="bucket"
      data-profile-id={profileId}
      data-bucket={name}
      className="tree-item"
      onFocus={(event: FocusEvent) => {
        if (event.target === event.currentTarget) props.onFocusItem(key);
      }}
      onClick={() => props.onSelectBucket(name)}
      onContextMenu={(event) => {
        event.preventDefault();
        setMenuAt({ x: event.clientX, y: event.clientY });
      }}
      onKeyDown={(event: KeyboardEvent<HTMLLIElement>) => {
        if (event.target !== event.currentTarget || !isMenuKey(event)) return;
        event.preventDefault();
        setMenuAt(pointUnder(event.currentTarget));
      }}
    >
      <div className={isSelected ? 'tree-row tree-row-selected' : 'tree-row'}>
        <span className="twisty" />
        <BucketIcon />
        <span className="tree-label">{name}</span>
        <span className="tree-actions">
          <MenuButton label={label} at={menuAt} onToggle={setMenuAt} isTabStop={isTabStop} />
        </span>
      </div>
      <ActionsMenu label={label} actions={actions} at={menuAt} onClose={() => setMenuAt(null)} />
    </li>
  );
}

/** The buckets of one expanded connection, fetched when it opens. */
export function BucketGroup(props: BucketGroupProps) {
  const client = useContract();
  const buckets = useQuery(bucketsQuery(client, props.profile.id));
  const { onNewBucket, ...itemProps } = props;

  return (
    <ul role="group" className="tree-group">
      {buckets.isPending && (
        <li role="none" className="tree-note">
          {m.loadingBuckets}
        </li>
      )}
      {buckets.isError && (
        <li role="none" className="tree-note">
          <span className="message message-error" role="alert">
            {errorMessage(buckets.error)}
          </span>{' '}
          <SignInAgain
            profileId={props.profile.id}
            error={buckets.error}
            onSignedIn={() => void buckets.refetch()}
          />
        </li>
      )}
      {buckets.data?.length === 0 && (
        <li role="none" className="tree-note">
          {m.noBuckets} ·{' '}
          <button type="button" className="link-button" onClick={onNewBucket}>
            {m.createFirstBucket}
          </button>
        </li>
      )}
      {buckets.data?.map(({ name }) => (
        <BucketItem key={name} name={name} {...itemProps} />
      ))}
    </ul>
  );
}
