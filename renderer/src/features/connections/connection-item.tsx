import { useQueryClient } from '@tanstack/react-query';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { useId, useState } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import type { Selection } from '../../app/selection.js';
import { bucketKeys } from '../../contract/query-keys.js';
import type { BucketDialog } from '../buckets/bucket-dialogs.js';
import { ChevronIcon, ServerIcon } from '../../ui/icons.js';
import { pointUnder } from '../../ui/menu-placement.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { copyConnectLink } from '../connection-files/copy-connect-link.js';
import { connectionFileMessages as fileMessages } from '../connection-files/messages.js';
import { useContract } from '../../contract/contract-context.js';
import { signOutAction } from '../sign-in/sign-out-action.js';
import { ActionsMenu, isMenuKey, MenuButton } from './actions-menu.js';
import { BucketGroup } from './bucket-group.js';
import { connectionMessages as m } from './messages.js';
import { connectionItemKey } from './tree-item-key.js';

interface ConnectionItemProps {
  profile: ProfileSummary;
  expanded: boolean;
  selection: Selection | null;
  tabStop: string | null;
  onFocusItem: (key: string) => void;
  onSelectConnection: () => void;
  onToggle: () => void;
  onSelectBucket: (bucket: string) => void;
  onEdit: () => void;
  onDelete: () => void;
  onDuplicate: () => void;
  onNewBucket: () => void;
  onBucketDialog: (dialog: BucketDialog) => void;
}

function stop(action: () => void) {
  return (event: MouseEvent) => {
    // The row underneath selects the connection; these controls do something else.
    event.stopPropagation();
    action();
  };
}

export function ConnectionItem(props: ConnectionItemProps) {
  const { profile, expanded, selection, tabStop } = props;
  const labelId = useId();
  const badgeId = useId();
  const [menuAt, setMenuAt] = useState<MenuPoint | null>(null);
  const queryClient = useQueryClient();
  const client = useContract();
  const key = connectionItemKey(profile.id);
  const isTabStop = tabStop === key;
  const isSelected = selection?.profileId === profile.id && selection.bucket === null;

  const actions = [
    { id: 'edit', label: m.edit, onSelect: props.onEdit },
    { id: 'duplicate', label: m.duplicate, onSelect: props.onDuplicate },
    {
      id: 'copy-link',
      label: fileMessages.copyLink,
      onSelect: () => void copyConnectLink(profile),
    },
    { id: 'new-bucket', label: m.newBucket, onSelect: props.onNewBucket },
    {
      id: 'refresh-buckets',
      label: m.refreshBuckets,
      onSelect: () => {
        // Buckets made elsewhere show where people look for them.
        if (!expanded) props.onToggle();
        void queryClient.invalidateQueries({ queryKey: bucketKeys.list(profile.id) });
      },
    },
    ...signOutAction(client, profile),
    { id: 'delete', label: m.delete, onSelect: props.onDelete, danger: true },
  ];

  return (
    <li
      role="treeitem"
      aria-labelledby={labelId}
      aria-describedby={profile.bucket !== undefined ? badgeId : undefined}
      aria-expanded={expanded}
      aria-selected={isSelected}
      tabIndex={isTabStop ? 0 : -1}
      data-kind="connection"
      data-profile-id={profile.id}
      className="tree-item"
      onFocus={(event: FocusEvent) => {
        if (event.target === event.currentTarget) props.onFocusItem(key);
      }}
      onKeyDown={(event: KeyboardEvent<HTMLLIElement>) => {
        if (event.target !== event.currentTarget || !isMenuKey(event)) return;
        event.preventDefault();
        setMenuAt(pointUnder(event.currentTarget.firstElementChild ?? event.currentTarget));
      }}
    >
      <div
        className={isSelected ? 'tree-row tree-row-selected' : 'tree-row'}
        onClick={props.onSelectConnection}
        onContextMenu={(event) => {
          event.preventDefault();
          setMenuAt({ x: event.clientX, y: event.clientY });
        }}
      >
        <span className={expanded ? 'twisty twisty-open' : 'twisty'} onClick={stop(props.onToggle)}>
          <ChevronIcon />
        </span>
        <ServerIcon />
        <span
          id={labelId}
          className="tree-label"
          title={profile.endpoint === '' ? profile.name : profile.endpoint}
        >
          {profile.name}
        </span>
        {profile.bucket !== undefined && (
          // Read as the item's description, kept out of its name: the name is then exactly the
          // visible name the user gave it (WCAG 2.5.3, label in name).
          <span id={badgeId} className="tree-badge" title={m.bucketOnly} aria-hidden="true">
            {m.bucketOnly}
          </span>
        )}
        {/* Reachable by Tab only from the focused connection, so the tree stays one tab stop. */}
        <span className="tree-actions">
          <MenuButton
            label={m.actionsFor(profile.name)}
            at={menuAt}
            onToggle={setMenuAt}
            isTabStop={isTabStop}
          />
        </span>
      </div>
      <ActionsMenu
        label={m.actionsFor(profile.name)}
        actions={actions}
        at={menuAt}
        onClose={() => setMenuAt(null)}
      />
      {expanded && (
        <BucketGroup
          profile={profile}
          selection={selection}
          tabStop={tabStop}
          onFocusItem={props.onFocusItem}
          onSelectBucket={props.onSelectBucket}
          onNewBucket={props.onNewBucket}
          onBucketDialog={props.onBucketDialog}
        />
      )}
    </li>
  );
}
