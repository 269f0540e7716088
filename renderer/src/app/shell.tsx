import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ProfileSummary } from '../../../shared/domain/profile.js';
import { useContract } from '../contract/contract-context.js';
import { hostInfoQuery, profilesQuery } from '../contract/queries.js';
import { ObjectAclFeature } from '../features/bucket-config/object-acl-feature.js';
import { ConnectLinkFeature } from '../features/connection-files/connect-link-feature.js';
import { ConnectionDialog } from '../features/connections/connection-dialog.js';
import { ConnectionsSidebar } from '../features/connections/connections-sidebar.js';
import { DeleteConnectionDialog } from '../features/connections/delete-connection-dialog.js';
import { NoConnections } from '../features/connections/no-connections.js';
import { SecretStorageBanner } from '../features/host/secret-storage-banner.js';
import { useNavigation } from '../features/navigation/navigation-context.js';
import { PlaceNoticeBar } from '../features/navigation/place-notice.js';
import { useNavigationCommands } from '../features/navigation/use-navigation-commands.js';
import { useNavigationKeys } from '../features/navigation/use-navigation-keys.js';
import { usePlaceCheck } from '../features/navigation/use-place-check.js';
import { useRefresh } from '../features/navigation/use-refresh.js';
import { ObjectActionsScope } from '../features/object-actions/object-actions-scope.js';
import { folderOf } from '../features/objects/compact-page.js';
import { ObjectPropertiesFeature } from '../features/object-properties/object-properties-feature.js';
import { FolderSizeFeature } from '../features/folder-size/folder-size-feature.js';
import { SyncFeature } from '../features/sync/sync-feature.js';
import { ObjectsPane } from '../features/objects/objects-pane.js';
import { NO_SELECTION } from '../features/objects/selection.js';
import type { ObjectSelection } from '../features/objects/selection.js';
import { OpenDownloadFeature } from '../features/open-download/open-download-feature.js';
import { DownloadAsFeature } from '../features/native-files/download-as.js';
import { DragOutFeature } from '../features/native-files/drag-out.js';
import { ObjectPreview } from '../features/preview/object-preview.js';
import { ShareFeature } from '../features/share/share-feature.js';
import { TagSelectionFeature } from '../features/tags/tag-selection-feature.js';
import { TransfersPanel } from '../features/transfers/transfers-panel.js';
import { BrowsingContext } from './browsing.js';
import type { ObjectActionTarget } from './object-actions.js';
import { appMessages } from './messages.js';

type OpenDialog =
  | { kind: 'new' }
  | { kind: 'edit'; profile: ProfileSummary }
  | { kind: 'delete'; profile: ProfileSummary };

export function Shell() {
  const client = useContract();
  const profiles = useQuery(profilesQuery(client));
  const hostInfo = useQuery(hostInfoQuery(client));
  // Held by App, so it survives the shell rendering afresh in a new language.
  const navigation = useNavigation();
  const { current: selection, navigate: setSelection } = navigation;
  const profileIds = useMemo(() => profiles.data?.map((p) => p.id), [profiles.data]);
  usePlaceCheck(navigation, profileIds);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // Reported by the object list, so menus, the palette and panels act on the same rows.
  const [objectSelection, setObjectSelection] = useState<ObjectSelection>(NO_SELECTION);

  const closeDialog = () => setDialog(null);
  const openNew = () => setDialog({ kind: 'new' });
  // A selection outliving its connection (deleted elsewhere) must not keep listing it.
  const current =
    selection !== null && profiles.data?.some((p) => p.id === selection.profileId) === true
      ? selection
      : null;
  const profileId = current?.profileId;
  const bucket = current?.bucket ?? null;
  const folder = folderOf(current?.prefix ?? '');
  const browsing = useMemo<ObjectActionTarget | null>(
    () =>
      profileId === undefined || bucket === null
        ? null
        : { profileId, bucket, prefix: folder, selection: objectSelection },
    [profileId, bucket, folder, objectSelection],
  );
  const refresh = useRefresh(current);
  useNavigationKeys(navigation, refresh);
  useNavigationCommands(navigation, refresh);

  // Nothing is shown until what changes the layout is known (the storage warning above the
  // sidebar, the first-run screen): a control moving between aim and click hits its neighbour.
  if (profiles.isPending || hostInfo.isPending) {
    return (
      <div className="app" aria-busy="true">
        <p className="placeholder">{appMessages.starting}</p>
      </div>
    );
  }

  let content;
  if (profiles.data?.length === 0) {
    content = <NoConnections onAdd={openNew} />;
  } else if (current?.bucket != null && browsing !== null) {
    const { profileId, bucket, prefix } = current;
    content = (
      <BrowsingContext key={`${profileId}/${bucket}`} value={browsing}>
        <ObjectPropertiesFeature />
        <FolderSizeFeature />
        <SyncFeature />
        <ObjectAclFeature />
        <ShareFeature />
        <TagSelectionFeature />
        <ObjectPreview />
        <OpenDownloadFeature />
        <DownloadAsFeature />
        <DragOutFeature />
        <ObjectActionsScope target={browsing}>
          {(actions) => (
            <ObjectsPane
              profileId={profileId}
              bucket={bucket}
              prefix={prefix}
              reveal={navigation.reveal}
              historyMoves={navigation.historyMoves}
              onRefresh={refresh}
              onNavigate={(next) => setSelection({ profileId, bucket, prefix: next })}
              onSelectionChange={setObjectSelection}
              {...actions}
            />
          )}
        </ObjectActionsScope>
      </BrowsingContext>
    );
  } else if (profiles.data !== undefined) {
    content = <p className="placeholder">{appMessages.chooseBucket}</p>;
  }

  return (
    <div className="app">
      <SecretStorageBanner />
      <div className="workspace">
        <ConnectionsSidebar
          profiles={profiles}
          selection={current}
          onSelect={setSelection}
          onAdd={openNew}
          onEdit={(profile) => setDialog({ kind: 'edit', profile })}
          onDelete={(profile) => setDialog({ kind: 'delete', profile })}
        />
        <main className="main" tabIndex={-1}>
          <PlaceNoticeBar notice={navigation.notice} onDismiss={navigation.dismissNotice} />
          {content}
        </main>
      </div>
      <BrowsingContext value={browsing}>
        <TransfersPanel />
      </BrowsingContext>
      {dialog?.kind === 'new' && <ConnectionDialog onClose={closeDialog} />}
      <ConnectLinkFeature />
      {dialog?.kind === 'edit' && (
        <ConnectionDialog profile={dialog.profile} onClose={closeDialog} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteConnectionDialog
          profile={dialog.profile}
          onClose={closeDialog}
          onDeleted={(id) => {
            if (selection?.profileId === id) setSelection(null);
          }}
        />
      )}
    </div>
  );
}
