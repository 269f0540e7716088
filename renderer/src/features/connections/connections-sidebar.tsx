import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { uniqueProfileName } from '../../../../shared/domain/profile.js';
import type { Selection } from '../../app/selection.js';
import { errorMessage } from '../../contract/contract-error.js';
import { BucketDialogs } from '../buckets/bucket-dialogs.js';
import type { BucketDialog } from '../buckets/bucket-dialogs.js';
import { ConnectionFileButtons } from '../connection-files/connection-file-buttons.js';
import { ConnectionDialog } from './connection-dialog.js';
import { PaletteButton } from '../command-palette/palette-button.js';
import { AboutButton } from '../host/about-button.js';
import { LanguageSwitch } from '../language/language-switch.js';
import { useLanguageCommands } from '../language/use-language-commands.js';
import { ConnectionTree } from './connection-tree.js';
import { ImportAwsButton } from './import-aws-dialog.js';
import { connectionMessages as m } from './messages.js';
import { useConnectionCommands } from './use-connection-commands.js';
import './connections.css';

interface ConnectionsSidebarProps {
  profiles: UseQueryResult<ProfileSummary[]>;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onAdd: () => void;
  onEdit: (profile: ProfileSummary) => void;
  onDelete: (profile: ProfileSummary) => void;
}

/**
 * The connections tree and the dialogs its menus open. Edit and delete of a connection stay
 * with the shell, which owns them; duplicating, importing and bucket dialogs live here.
 */
export function ConnectionsSidebar({
  profiles,
  selection,
  onSelect,
  onAdd,
  onEdit,
  onDelete,
}: ConnectionsSidebarProps) {
  const [bucketDialog, setBucketDialog] = useState<BucketDialog | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<ProfileSummary | null>(null);
  const names = profiles.data?.map((p) => p.name) ?? [];
  useConnectionCommands(onAdd);
  useLanguageCommands();

  return (
    <aside className="sidebar">
      <div className="sidebar-header">
        {/* The window's one level-one heading; dialogs and screens use h2 and below. */}
        <h1 className="app-name">Holdall</h1>
        <button
          type="button"
          className="button button-small"
          aria-label={m.addConnection}
          onClick={onAdd}
        >
          <span aria-hidden="true">+</span> {m.addConnection}
        </button>
      </div>
      <nav aria-label={m.connectionsLabel} className="sidebar-nav">
        {profiles.isPending && <p className="muted pad">{m.loadingConnections}</p>}
        {profiles.isError && (
          <p className="message message-error pad" role="alert">
            {errorMessage(profiles.error)}
          </p>
        )}
        {profiles.data !== undefined && profiles.data.length > 0 && (
          <ConnectionTree
            profiles={profiles.data}
            selection={selection}
            onSelect={onSelect}
            onEdit={onEdit}
            onDelete={onDelete}
            onDuplicate={setDuplicateOf}
            onBucketDialog={setBucketDialog}
          />
        )}
      </nav>
      <div className="sidebar-footer">
        <PaletteButton />
        <ImportAwsButton className="button button-small" />
        <ConnectionFileButtons profiles={profiles.data ?? []} />
        <AboutButton />
        <LanguageSwitch />
      </div>
      {duplicateOf !== null && (
        <ConnectionDialog
          duplicateOf={{
            profile: duplicateOf,
            name: uniqueProfileName(m.duplicateName(duplicateOf.name), names),
          }}
          onClose={() => setDuplicateOf(null)}
        />
      )}
      <BucketDialogs
        dialog={bucketDialog}
        onClose={() => setBucketDialog(null)}
        onCreated={() => undefined}
        onDeleted={(profileId, bucket) => {
          // The objects pane must not keep listing a bucket that is gone.
          if (selection?.profileId === profileId && selection.bucket === bucket) {
            onSelect({ profileId, bucket: null, prefix: '' });
          }
        }}
      />
    </aside>
  );
}
