import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { FolderListing, LocalGrant } from '../../../../shared/domain/local-grant.js';
import type { TaskRecord, TaskSpec } from '../../../../shared/domain/task.js';
import type { ConflictPolicy } from '../../../../shared/domain/transfer-job.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { ConflictPolicyField } from './conflict-policy-field.js';
import { watchDownloads } from './finished-downloads.js';
import { FolderPicker } from './folder-picker.js';
import { messages } from './messages.js';
import { transferKeys } from './transfer-keys.js';
import type { DownloadSelection } from './upload-target.js';
import { startTask } from '../tasks/use-task-actions.js';
import { DialogActions } from '../../ui/dialog-actions.js';

interface DownloadDialogProps {
  selection: DownloadSelection;
  onClose: () => void;
}

/**
 * One download task for the whole selection: a folder rides among the keys (a key ending in "/"
 * lands as its tree), and the bucket's top ('') is the one prefix a key cannot name.
 */
async function startDownloads(
  client: ContractClient,
  queryClient: QueryClient,
  { profileId, bucket, keys, prefixes, versionId }: DownloadSelection,
  destination: string,
  conflict: ConflictPolicy,
): Promise<TaskRecord[]> {
  const items = [...keys, ...prefixes.filter((prefix) => prefix !== '')];
  const wholeBucket = prefixes.includes('');
  const spec: TaskSpec = {
    kind: 'download',
    profileId,
    bucket,
    destination,
    conflict,
    ...(items.length > 0 ? { keys: items } : {}),
    ...(wholeBucket ? { prefix: '' } : {}),
    ...(versionId === undefined ? {} : { versionId }),
  };
  return [await startTask(client, queryClient, spec)];
}

/** The write grant for where the download goes: Electron's dialog pick, else the folder shown. */
async function destinationGrant(
  client: ContractClient,
  picked: LocalGrant | null,
  listing: FolderListing | undefined,
): Promise<string> {
  if (picked !== null) return picked.grant;
  if (window.holdall?.pickFolder !== undefined) throw new Error(messages.chooseFirst);
  if (listing === undefined) throw new Error(messages.listingFolders);
  return (await client.invoke('folders.grant', { under: listing.under })).grant;
}

async function pickNatively(): Promise<LocalGrant | null> {
  const answer = await window.holdall?.pickFolder?.();
  if (answer === undefined) return null;
  if (!answer.ok) throw new ContractError(answer.error);
  return answer.value;
}

export function DownloadDialog({ selection, onClose }: DownloadDialogProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const lastKey = transferKeys.lastDownloadFolder();
  const lastGrantKey = transferKeys.lastDownloadGrant();
  // Where the last download went; undefined lets the host start in Downloads.
  const [under, setUnder] = useState(() => queryClient.getQueryData<string>(lastKey));
  const [listing, setListing] = useState<FolderListing>();
  // Electron picks with its own dialog, never the in-page list; the last pick is offered again.
  const [picked, setPicked] = useState<LocalGrant | null>(
    () => queryClient.getQueryData<LocalGrant>(lastGrantKey) ?? null,
  );
  const [conflict, setConflict] = useState<ConflictPolicy>('ask');
  const id = useId();
  const nativePicker = window.holdall?.pickFolder !== undefined;
  const onListing = useCallback((shown: FolderListing | undefined) => setListing(shown), []);

  const start = useMutation({
    mutationFn: async () =>
      startDownloads(
        client,
        queryClient,
        selection,
        await destinationGrant(client, picked, listing),
        conflict,
      ),
    onSuccess: (tasks) => {
      // Confirmed with a notice when they finish (see DownloadNotices); keys refused as
      // destinations are listed in the task's row.
      watchDownloads(tasks);
      // The next dialog starts where this download went: people download to one place in a row.
      if (picked !== null) queryClient.setQueryData(lastGrantKey, picked);
      else if (listing !== undefined) queryClient.setQueryData(lastKey, listing.under);
      onClose();
    },
  });
  const choose = useMutation({
    mutationFn: pickNatively,
    onSuccess: (grant) => grant !== null && setPicked(grant),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  const problem = start.error ?? choose.error;

  return (
    <ModalDialog title={messages.downloadTitle} onClose={onClose} className="download-dialog">
      <form className="connection-form" onSubmit={onSubmit} noValidate>
        <p className="muted download-what">
          {messages.downloadWhat(selection.keys.length, selection.prefixes.length)} ·{' '}
          {selection.bucket}
        </p>
        <FormField
          id={`${id}-dest`}
          label={messages.destination}
          hint={nativePicker ? undefined : messages.destinationHint}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              readOnly
              value={picked?.path ?? listing?.path ?? ''}
              placeholder={nativePicker ? messages.noFolderChosen : '…'}
            />
          )}
        </FormField>
        {!nativePicker && <FolderPicker under={under} onOpen={setUnder} onListing={onListing} />}
        {nativePicker && (
          <button
            type="button"
            className="button"
            disabled={choose.isPending}
            onClick={() => choose.mutate()}
          >
            {messages.chooseFolder}
          </button>
        )}
        <ConflictPolicyField
          id={`${id}-conflict`}
          label={messages.conflictPolicy}
          value={conflict}
          onChange={setConflict}
        />
        {problem !== null && (
          <p className="message message-error" role="alert">
            {errorMessage(problem)}
          </p>
        )}
        <DialogActions
          cancelLabel={messages.close}
          onCancel={onClose}
          submitLabel={start.isPending ? messages.starting : messages.start}
          busy={start.isPending}
        />
      </form>
    </ModalDialog>
  );
}
