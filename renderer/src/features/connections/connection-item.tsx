import type { FocusEvent, MouseEvent } from 'react';
import { useId } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import type { Selection } from '../../app/selection.js';
import { ChevronIcon, ServerIcon } from '../../ui/icons.js';
import { BucketGroup } from './bucket-group.js';
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
  const key = connectionItemKey(profile.id);
  const isTabStop = tabStop === key;
  const isSelected = selection?.profileId === profile.id && selection.bucket === null;

  return (
    <li
      role="treeitem"
      aria-labelledby={labelId}
      aria-expanded={expanded}
      aria-selected={isSelected}
      tabIndex={isTabStop ? 0 : -1}
      data-kind="connection"
      data-profile-id={profile.id}
      className="tree-item"
      onFocus={(event: FocusEvent) => {
        if (event.target === event.currentTarget) props.onFocusItem(key);
      }}
    >
      <div
        className={isSelected ? 'tree-row tree-row-selected' : 'tree-row'}
        onClick={props.onSelectConnection}
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
        {/* Reachable by Tab only from the focused connection, so the tree stays one tab stop. */}
        <span className="tree-actions">
          <button
            type="button"
            className="icon-button"
            tabIndex={isTabStop ? 0 : -1}
            onClick={stop(props.onEdit)}
          >
            Edit
          </button>
          <button
            type="button"
            className="icon-button"
            tabIndex={isTabStop ? 0 : -1}
            onClick={stop(props.onDelete)}
          >
            Delete
          </button>
        </span>
      </div>
      {expanded && (
        <BucketGroup
          profileId={profile.id}
          selection={selection}
          tabStop={tabStop}
          onFocusItem={props.onFocusItem}
          onSelectBucket={props.onSelectBucket}
        />
      )}
    </li>
  );
}
