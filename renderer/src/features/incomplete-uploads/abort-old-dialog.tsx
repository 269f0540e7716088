import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { abortUpload, useHeldUploads } from './held-uploads.js';
import { messages } from './messages.js';
import { uploadsOlderThan } from './older-than.js';
import { allUploads, multipartKeys } from './queries.js';
import { DialogActions } from '../../ui/dialog-actions.js';

interface AbortOldDialogProps {
  profileId: string;
  bucket: string;
  days: number;
  onClose: () => void;
}

/** Counts over every page first, so the number confirmed is the number aborted. */
export function AbortOldDialog({ profileId, bucket, days, onClose }: AbortOldDialogProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(0);
  const matching = useQuery({
    queryKey: [...multipartKeys.uploads(profileId, bucket), 'older-than', days],
    queryFn: async () =>
      uploadsOlderThan(await allUploads(client, profileId, bucket), days, Date.now()),
    staleTime: 0,
    gcTime: 0,
  });
  const count = matching.data?.length ?? 0;
  const held = useHeldUploads(profileId, bucket);

  const abort = useMutation({
    mutationFn: async () => {
      let failed = 0;
      // One at a time: a bucket with thousands of uploads must not flood the server.
      for (const upload of matching.data ?? []) {
        await abortUpload(client, { profileId, bucket }, upload, held.data ?? new Set()).then(
          () => setDone((n) => n + 1),
          () => (failed += 1),
        );
      }
      return failed;
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: multipartKeys.bucket(profileId, bucket) }),
  });

  return (
    <ModalDialog title={messages.confirmTitle} onClose={onClose}>
      {matching.isPending && <p className="muted">{messages.counting}</p>}
      {matching.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(matching.error)}
        </p>
      )}
      {matching.isSuccess && !abort.isSuccess && (
        <p>{count === 0 ? messages.confirmNone(days) : messages.confirmText(count, days)}</p>
      )}
      {abort.isPending && <p role="status">{messages.aborting(done, count)}</p>}
      {abort.isSuccess && (
        <p
          role="status"
          className={abort.data > 0 ? 'message message-error' : 'message message-success'}
        >
          {messages.abortedSome(count - abort.data, abort.data)}
        </p>
      )}
      <DialogActions
        cancelLabel={abort.isSuccess || count === 0 ? messages.close : messages.cancel}
        onCancel={onClose}
        submitLabel={!abort.isSuccess && count > 0 ? messages.confirmAbort(count) : undefined}
        tone="danger"
        busy={abort.isPending}
        onSubmit={() => abort.mutate()}
      />
    </ModalDialog>
  );
}
