import { versionMessages as m } from './messages.js';
import type { VersionListRow } from './version-rows.js';
import type { VersionChange } from './version-dialogs.js';

export type VersionAction = 'preview' | 'download' | 'share' | 'properties' | VersionChange;

type VersionRow = Extract<VersionListRow, { kind: 'version' }>;

/** What can be done with a version: a delete marker has no content, only its own removal. */
export function actionsFor(row: VersionRow | undefined): VersionAction[] {
  if (row === undefined) return [];
  const { version } = row;
  if (version.deleteMarker) return version.isLatest ? ['undelete', 'delete'] : ['delete'];
  return [
    'preview',
    'download',
    'share',
    'properties',
    ...(version.isLatest ? [] : (['restore'] as const)),
    'delete',
  ];
}

const labels: Record<VersionAction, () => string> = {
  preview: () => m.preview,
  download: () => m.download,
  share: () => m.share,
  properties: () => m.properties,
  restore: () => m.restore,
  undelete: () => m.undelete,
  delete: () => m.deleteForGood,
};

/** The buttons for the chosen version, in the versions toolbar. */
export function VersionActionButtons({
  row,
  onAction,
}: {
  row: VersionRow | undefined;
  onAction: (action: VersionAction) => void;
}) {
  const actions = actionsFor(row);
  if (row === undefined) return null;
  return (
    <div
      className="vr-actions"
      role="group"
      aria-label={m.actionsFor(row.name, row.version.versionId)}
    >
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className="button button-small"
          onClick={() => onAction(action)}
        >
          {labels[action]()}
        </button>
      ))}
    </div>
  );
}
