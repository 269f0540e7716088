import type { UseQueryResult } from '@tanstack/react-query';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import type { Selection } from '../../app/selection.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ConnectionTree } from './connection-tree.js';

interface ConnectionsSidebarProps {
  profiles: UseQueryResult<ProfileSummary[]>;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onAdd: () => void;
  onEdit: (profile: ProfileSummary) => void;
  onDelete: (profile: ProfileSummary) => void;
}

export function ConnectionsSidebar({
  profiles,
  selection,
  onSelect,
  onAdd,
  onEdit,
  onDelete,
}: ConnectionsSidebarProps) {
  return (
    <aside className="sidebar">
      <div className="sidebar-header">
        <span className="app-name">Holdall</span>
        <button
          type="button"
          className="button button-small"
          aria-label="Add connection"
          onClick={onAdd}
        >
          <span aria-hidden="true">+</span> Add connection
        </button>
      </div>
      <nav aria-label="Connections" className="sidebar-nav">
        {profiles.isPending && <p className="muted pad">Loading connections…</p>}
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
          />
        )}
      </nav>
    </aside>
  );
}
