import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import type { Selection } from '../../app/selection.js';
import type { BucketDialog } from '../buckets/bucket-dialogs.js';
import { ConnectionItem } from './connection-item.js';
import { connectionMessages as m } from './messages.js';
import { connectionItemKey, profileOfItemKey } from './tree-item-key.js';
import { treeKeyMove } from '../../ui/tree-keys.js';
import type { TreeItemState } from '../../ui/tree-keys.js';
import { useTreeCommands } from './use-tree-commands.js';

interface ConnectionTreeProps {
  profiles: readonly ProfileSummary[];
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onEdit: (profile: ProfileSummary) => void;
  onDelete: (profile: ProfileSummary) => void;
  onDuplicate: (profile: ProfileSummary) => void;
  onBucketDialog: (dialog: BucketDialog) => void;
}

function itemState(node: HTMLElement): TreeItemState {
  // A connection opens onto its buckets; a bucket has nothing to open here.
  return node.dataset['kind'] === 'bucket'
    ? { level: 2, expanded: undefined }
    : { level: 1, expanded: node.getAttribute('aria-expanded') === 'true' };
}

/** Connections and their buckets as one ARIA tree with a single tab stop. */
export function ConnectionTree({
  profiles,
  selection,
  onSelect,
  onEdit,
  onDelete,
  onDuplicate,
  onBucketDialog,
}: ConnectionTreeProps) {
  const treeRef = useRef<HTMLUListElement>(null);
  // Open on the selection, so the tree drawn afresh (a language switch) still shows it.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(selection === null ? [] : [selection.profileId]),
  );
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const setOpen = (profileId: string, open: boolean) =>
    setExpanded((current) => {
      if (current.has(profileId) === open) return current;
      const next = new Set(current);
      if (open) next.add(profileId);
      else next.delete(profileId);
      return next;
    });

  const selectConnection = (profileId: string) => {
    setOpen(profileId, true);
    setActiveKey(connectionItemKey(profileId));
    onSelect({ profileId, bucket: null, prefix: '' });
  };

  const selectBucket = (profileId: string, bucket: string) => {
    onSelect({ profileId, bucket, prefix: '' });
  };

  useTreeCommands(profiles, profiles.find((p) => p.id === selection?.profileId) ?? profiles[0], {
    goToConnection: selectConnection,
    goToBucket: (profileId, bucket) => {
      setOpen(profileId, true);
      selectBucket(profileId, bucket);
    },
    newBucket: (profile) => {
      setOpen(profile.id, true);
      onBucketDialog({ kind: 'create', profile });
    },
  });

  // The remembered item may have been collapsed away or deleted; then the first connection is the tab stop.
  const activeProfile = activeKey === null ? undefined : profileOfItemKey(activeKey);
  const activeVisible =
    activeKey !== null &&
    profiles.some((p) => p.id === activeProfile) &&
    (activeKey === activeProfile || (activeProfile !== undefined && expanded.has(activeProfile)));
  const tabStop = activeVisible ? activeKey : connectionItemKey(profiles[0]?.id ?? '');

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target;
    // Alt with an arrow is Back, Forward or Up (the window's), not a move in the tree.
    if (event.altKey) return;
    // Keys on the menu buttons keep their usual meaning.
    if (
      !(target instanceof HTMLElement) ||
      target.getAttribute('role') !== 'treeitem' ||
      treeRef.current === null
    ) {
      return;
    }
    const profileId = target.dataset['profileId'] ?? '';
    const bucket = target.dataset['bucket'];
    if (event.key === 'Delete') {
      // Delete asks first: both dialogs confirm before anything is removed.
      event.preventDefault();
      if (bucket !== undefined) onBucketDialog({ kind: 'delete', profileId, bucket });
      else {
        const profile = profiles.find((p) => p.id === profileId);
        if (profile !== undefined) onDelete(profile);
      }
      return;
    }
    const nodes = Array.from(treeRef.current.querySelectorAll<HTMLElement>('[role="treeitem"]'));
    const index = nodes.indexOf(target);
    const move = treeKeyMove(event.key, index, nodes.map(itemState));
    if (move === undefined) return;
    event.preventDefault();
    switch (move.type) {
      case 'focus':
        nodes[move.index]?.focus();
        break;
      case 'expand':
        setOpen(profileId, true);
        break;
      case 'collapse':
        setOpen(profileId, false);
        break;
      case 'activate':
        if (bucket === undefined) selectConnection(profileId);
        else selectBucket(profileId, bucket);
        break;
    }
  };

  return (
    <ul
      ref={treeRef}
      role="tree"
      aria-label={m.connectionsLabel}
      className="tree"
      data-focus-home
      onKeyDown={onKeyDown}
    >
      {profiles.map((profile) => (
        <ConnectionItem
          key={profile.id}
          profile={profile}
          expanded={expanded.has(profile.id)}
          selection={selection}
          tabStop={tabStop}
          onFocusItem={setActiveKey}
          onSelectConnection={() => selectConnection(profile.id)}
          onToggle={() => setOpen(profile.id, !expanded.has(profile.id))}
          onSelectBucket={(bucket) => selectBucket(profile.id, bucket)}
          onEdit={() => onEdit(profile)}
          onDelete={() => onDelete(profile)}
          onDuplicate={() => onDuplicate(profile)}
          onNewBucket={() => {
            // Open it, so the new bucket shows where people expect it.
            setOpen(profile.id, true);
            onBucketDialog({ kind: 'create', profile });
          }}
          onBucketDialog={onBucketDialog}
        />
      ))}
    </ul>
  );
}
