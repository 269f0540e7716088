import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { objectKeys } from '../../contract/query-keys.js';
import { capabilitiesQuery } from '../buckets/bucket-queries.js';
import { folderOf } from '../objects/compact-page.js';
import { EmptyState, ErrorState, LoadingState } from '../objects/list-states.js';
import { ShareLinkDialog } from '../share/share-link-dialog.js';
import { DownloadDialog } from '../transfers/download-dialog.js';
import { versionMessages as m } from './messages.js';
import { VersionActionButtons } from './version-actions.js';
import type { VersionAction } from './version-actions.js';
import {
  VersionChangeDialog,
  VersionPreviewDialog,
  VersionPropertiesDialog,
} from './version-dialogs.js';
import type { VersionTarget } from './version-dialogs.js';
import { VersionRows } from './version-rows.js';
import type { VersionListRow, VersionRowsPage } from './version-rows.js';
import { VersionsGrid } from './versions-grid.js';
import { asOfQuery, versionsQuery } from './versions-query.js';
import { AsOfPicker } from './as-of-picker.js';
import { localInputToInstant } from './as-of-time.js';
import './versions.css';

interface VersionsListingProps {
  profileId: string;
  bucket: string;
  prefix: string;
  /** The Show versions switch, shown in this toolbar as in the object list's. */
  toggle: ReactNode;
  onNavigate: (prefix: string) => void;
}

type VersionRow = Extract<VersionListRow, { kind: 'version' }>;

/** The version a row stands for: itself, or for a key's heading, the key's latest version. */
function chosenVersion(rows: VersionRows, index: number): VersionRow | undefined {
  const row = rows.at(index);
  if (row?.kind === 'version') return row;
  if (row?.kind === 'key') {
    const first = rows.at(index + 1);
    return first?.kind === 'version' ? first : undefined;
  }
  return undefined;
}

/** The folder's versions, or the folder as it was at a time; only ever listed when asked for. */
export function VersionsListing(props: VersionsListingProps) {
  const { profileId, bucket, prefix } = props;
  const client = useContract();
  const capabilities = useQuery(capabilitiesQuery(client, profileId, bucket));
  const support = capabilities.data?.versions;
  const versioning = useQuery({
    queryKey: [...objectKeys.bucket(profileId, bucket), 'versioning-status'],
    queryFn: () => client.invoke('versioning.get', { profileId, bucket }),
  });
  const [asOfInput, setAsOfInput] = useState<string | null>(null);
  const instant = asOfInput === null ? null : localInputToInstant(asOfInput);

  let body: ReactNode;
  if (capabilities.isPending)
    body = (
      <p className="vr-note" role="status">
        {m.checking}
      </p>
    );
  else if (capabilities.isError)
    body = (
      <ErrorState
        title={m.loadError}
        message={errorMessage(capabilities.error)}
        onRetry={() => void capabilities.refetch()}
      />
    );
  else if (support?.status === 'unsupported')
    body = (
      <p className="vr-note" role="alert">
        {m.unsupported(support.reason ?? '')}
      </p>
    );
  else if (asOfInput !== null && instant === null)
    body = <p className="vr-note">{m.asOfNeedsTime}</p>;
  else
    body =
      instant === null ? (
        <AllVersionsBody key={prefix} {...props} instant={null} />
      ) : (
        // The chosen time stays while moving from folder to folder.
        <AsOfBody key={`${prefix}\n${instant}`} {...props} instant={instant} />
      );

  return (
    <>
      <div className="ol-toolbar vr-toolbar" role="group" aria-label={m.listLabel}>
        <AsOfPicker value={asOfInput} onChange={setAsOfInput} />
        <span className="spacer" />
        {props.toggle}
      </div>
      {versioning.data?.status === 'Off' && <p className="vr-note">{m.notVersioned}</p>}
      {body}
    </>
  );
}

/** What the body needs of either listing (all versions, or as it was at). */
interface PagedVersions {
  pages: readonly VersionRowsPage[] | undefined;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

interface BodyProps {
  profileId: string;
  bucket: string;
  prefix: string;
  instant: string | null;
  onNavigate: (prefix: string) => void;
}

function paged(
  listing: Omit<PagedVersions, 'pages'> & {
    data?: { pages: readonly VersionRowsPage[] } | undefined;
  },
): PagedVersions {
  return { ...listing, pages: listing.data?.pages };
}

function AllVersionsBody(props: BodyProps) {
  const client = useContract();
  const listing = useInfiniteQuery(
    versionsQuery(client, props.profileId, props.bucket, props.prefix),
  );
  return <VersionsBody {...props} listing={paged(listing)} />;
}

function AsOfBody(props: BodyProps & { instant: string }) {
  const client = useContract();
  const { profileId, bucket, prefix, instant } = props;
  const listing = useInfiniteQuery(asOfQuery(client, profileId, bucket, prefix, instant));
  return <VersionsBody {...props} listing={paged(listing)} />;
}

function VersionsBody({
  profileId,
  bucket,
  prefix,
  instant,
  onNavigate,
  listing,
}: BodyProps & { listing: PagedVersions }) {
  const queryClient = useQueryClient();
  const folder = folderOf(prefix);
  const [rows] = useState(() => new VersionRows(folder, instant === null));
  const { pages } = listing;
  // Appends the pages that arrived (rows stay one object); the count tells the grid it grew.
  const revision = useMemo(() => {
    rows.sync(pages ?? []);
    return pages?.length ?? 0;
  }, [rows, pages]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<{ action: VersionAction; target: VersionTarget } | null>(null);
  const chosen = chosenVersion(rows, Math.min(active, rows.length - 1));

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = listing;
  const loadNext = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: objectKeys.list(profileId, bucket, prefix) });

  const onAction = (action: VersionAction) => {
    if (chosen === undefined) return;
    const target = { profileId, bucket, version: chosen.version };
    setOpen({ action, target });
  };

  let list: ReactNode;
  if (listing.isPending) list = <LoadingState />;
  else if (listing.isError && pages === undefined)
    list = (
      <ErrorState
        title={m.loadError}
        message={errorMessage(listing.error)}
        onRetry={() => void listing.refetch()}
      />
    );
  else
    list = (
      <>
        <VersionsGrid
          rows={rows}
          revision={revision}
          active={active}
          onActive={setActive}
          onOpenFolder={onNavigate}
          paging={{
            hasNextPage,
            fetching: isFetchingNextPage,
            failed: isFetchNextPageError,
            filtering: false,
            fetchNextPage: loadNext,
          }}
        />
        {rows.length === 0 && !hasNextPage && (
          <EmptyState text={instant === null ? m.empty : m.asOfEmpty} />
        )}
        {isFetchNextPageError && (
          <ErrorState
            title={m.pageError}
            message={errorMessage(listing.error)}
            onRetry={loadNext}
          />
        )}
        <p className="ol-footer" data-testid="versions-footer">
          {hasNextPage
            ? `${m.loaded(rows.versionCount)} · ${isFetchingNextPage ? m.loadingMore : m.scrollForMore}`
            : instant === null
              ? m.total(rows.versionCount)
              : m.asOfTotal(rows.versionCount)}
        </p>
      </>
    );

  const close = () => setOpen(null);
  return (
    <>
      <VersionActionButtons row={chosen} onAction={onAction} />
      <div className="ol-list" aria-busy={listing.isFetching}>
        {list}
      </div>
      {open !== null &&
        (open.action === 'restore' || open.action === 'undelete' || open.action === 'delete') && (
          <VersionChangeDialog
            change={open.action}
            target={open.target}
            onClose={close}
            onChanged={refresh}
          />
        )}
      {open?.action === 'properties' && (
        <VersionPropertiesDialog target={open.target} onClose={close} />
      )}
      {open?.action === 'preview' && <VersionPreviewDialog target={open.target} onClose={close} />}
      {open?.action === 'download' && (
        // The transfer queue downloads the version, resumable and checked like any download.
        <DownloadDialog
          selection={{
            profileId,
            bucket,
            keys: [open.target.version.key],
            prefixes: [],
            versionId: open.target.version.versionId,
          }}
          onClose={close}
        />
      )}
      {open?.action === 'share' && (
        <ShareLinkDialog
          target={{
            profileId,
            bucket,
            key: open.target.version.key,
            versionId: open.target.version.versionId,
          }}
          onClose={close}
        />
      )}
    </>
  );
}
