import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import type { UploadRow } from '../../../../shared/domain/multipart-upload.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatDate } from '../../lib/format-date.js';
import { AbortOldDialog } from './abort-old-dialog.js';
import { abortUpload, useHeldUploads } from './held-uploads.js';
import { messages } from './messages.js';
import { ageInDays, parseDays } from './older-than.js';
import { multipartKeys, uploadsQuery } from './queries.js';
import { UploadParts } from './upload-parts.js';

interface UploadListProps {
  profileId: string;
  bucket: string;
}

function rowId(upload: UploadRow): string {
  return `${upload.key}\u0000${upload.uploadId}`;
}

export function UploadList({ profileId, bucket }: UploadListProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const uploads = useInfiniteQuery(uploadsQuery(client, profileId, bucket));
  const [open, setOpen] = useState<string | null>(null);
  const [daysText, setDaysText] = useState('7');
  const [confirming, setConfirming] = useState<number | null>(null);
  const id = useId();
  const rows = uploads.data?.pages.flatMap((page) => page.uploads) ?? [];
  const now = Date.now();
  const days = parseDays(daysText);

  const held = useHeldUploads(profileId, bucket);
  const heldIds = held.data ?? new Set<string>();

  const abort = useMutation({
    mutationFn: (upload: UploadRow) => abortUpload(client, { profileId, bucket }, upload, heldIds),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: multipartKeys.bucket(profileId, bucket) }),
  });

  return (
    <div className="incomplete-list">
      <div className="incomplete-toolbar">
        <label htmlFor={`${id}-days`}>{messages.olderThan}</label>
        <input
          id={`${id}-days`}
          className="incomplete-days"
          inputMode="numeric"
          value={daysText}
          aria-invalid={days === null}
          onChange={(event) => setDaysText(event.target.value)}
        />
        <button
          type="button"
          className="button button-small"
          disabled={days === null}
          onClick={() => setConfirming(days)}
        >
          {messages.abortOlder}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="button button-small"
          disabled={uploads.isFetching}
          onClick={() => {
            void uploads.refetch();
            void held.refetch();
          }}
        >
          {messages.refresh}
        </button>
      </div>
      {uploads.isPending && <p className="muted pad">{messages.loading}</p>}
      {uploads.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(uploads.error)}
        </p>
      )}
      {abort.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(abort.error)}
        </p>
      )}
      {uploads.isSuccess && rows.length === 0 && <p className="muted pad">{messages.empty}</p>}
      {rows.length > 0 && (
        <table className="incomplete-table" aria-label={messages.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{messages.key}</th>
              <th scope="col">{messages.started}</th>
              <th scope="col">{messages.age}</th>
              <th scope="col">
                <span className="visually-hidden">{messages.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((upload) => {
              const rid = rowId(upload);
              const age = ageInDays(upload.initiated, now);
              const expanded = open === rid;
              return (
                <Fragment key={rid}>
                  <tr aria-label={upload.key}>
                    <td className="incomplete-key" title={`${upload.key} (${upload.uploadId})`}>
                      {upload.key}
                      {heldIds.has(upload.uploadId) && (
                        <span className="incomplete-held">{messages.heldByTransfer}</span>
                      )}
                    </td>
                    <td>{formatDate(upload.initiated)}</td>
                    <td>{age === null ? '—' : messages.days(age)}</td>
                    <td className="incomplete-actions">
                      <button
                        type="button"
                        className="button button-small"
                        aria-expanded={expanded}
                        onClick={() => setOpen(expanded ? null : rid)}
                      >
                        {expanded ? messages.hideParts : messages.showParts}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={messages.abortOf(upload.key)}
                        disabled={abort.isPending && abort.variables === upload}
                        onClick={() => abort.mutate(upload)}
                      >
                        {messages.abort}
                      </button>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="incomplete-parts-row">
                      <td colSpan={4}>
                        <UploadParts profileId={profileId} bucket={bucket} upload={upload} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      {uploads.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button-small"
            disabled={uploads.isFetchingNextPage}
            onClick={() => void uploads.fetchNextPage()}
          >
            {messages.loadMore}
          </button>
        </div>
      )}
      <p className="muted incomplete-hint">{messages.ownJobsHint}</p>
      {confirming !== null && (
        <AbortOldDialog
          profileId={profileId}
          bucket={bucket}
          days={confirming}
          onClose={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
