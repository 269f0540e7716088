import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ConflictPolicy, TransferJob } from '../../../../shared/domain/transfer-job.js';
import { absolutePathSchema } from '../../../../shared/domain/transfer-request.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { messages } from './messages.js';
import { transferKeys } from './transfer-keys.js';
import { addActivity, notice, uploadActivity } from './upload-activity.js';
import type { DownloadSelection } from './upload-target.js';
import { mergeJobs } from './use-transfers.js';
import { DialogActions } from '../../ui/dialog-actions.js';

function defaultDirQuery(client: ContractClient) {
  return queryOptions({
    queryKey: transferKeys.defaultDownloadDir(),
    queryFn: async () => (await client.invoke('transfers.defaultDownloadDir', {})).path,
    staleTime: Infinity,
  });
}

const policies: ConflictPolicy[] = ['ask', 'overwrite', 'skip', 'keepBoth'];

interface DownloadDialogProps {
  selection: DownloadSelection;
  onClose: () => void;
}

/** One enqueue for the objects, one per folder: the contract takes one prefix per call. */
async function startDownloads(
  client: ContractClient,
  { profileId, bucket, keys, prefixes }: DownloadSelection,
  destinationDir: string,
  conflict: ConflictPolicy,
) {
  const base = { profileId, bucket, destinationDir, conflict };
  const calls = [
    ...(keys.length > 0 ? [{ ...base, keys }] : []),
    ...prefixes.map((prefix) => ({ ...base, prefix })),
  ];
  const jobs: TransferJob[] = [];
  const refused: { key: string; reason: string }[] = [];
  for (const input of calls) {
    const result = await client.invoke('transfers.enqueueDownload', input);
    jobs.push(...result.jobs);
    refused.push(...result.refused);
  }
  return { jobs, refused };
}

export function DownloadDialog({ selection, onClose }: DownloadDialogProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const defaultDir = useQuery(defaultDirQuery(client));
  // Undefined until the user types: the field shows the host's default until then.
  const [typed, setTyped] = useState<string>();
  const [conflict, setConflict] = useState<ConflictPolicy>('ask');
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const destination = typed ?? defaultDir.data ?? '';

  const start = useMutation({
    mutationFn: () => startDownloads(client, selection, destination.trim(), conflict),
    onSuccess: ({ jobs, refused }) => {
      mergeJobs(queryClient, jobs);
      // The next dialog starts where this download went: people download to one place in a row.
      queryClient.setQueryData(defaultDirQuery(client).queryKey, destination.trim());
      if (refused.length > 0) {
        const lines = refused.map((r) => `${r.key}: ${r.reason}`);
        uploadActivity.change((list) =>
          addActivity(list, notice(messages.downloadRefused(refused.length), null, lines)),
        );
      }
      onClose();
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = absolutePathSchema.safeParse(destination.trim()).success;
    setInvalid(!ok);
    if (ok) start.mutate();
  };

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
          hint={messages.destinationHint}
          error={invalid ? messages.destinationRequired : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={destination}
              placeholder={defaultDir.isPending ? '…' : undefined}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-conflict`} label={messages.conflictPolicy}>
          {(control) => (
            <select
              {...control}
              value={conflict}
              onChange={(event) => setConflict(event.target.value as ConflictPolicy)}
            >
              {policies.map((policy) => (
                <option key={policy} value={policy}>
                  {messages.policies[policy]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {start.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(start.error)}
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
