import { useMutation } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import type { FolderListing } from '../../../../shared/domain/local-grant.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { FolderPicker } from '../transfers/folder-picker.js';
import { useTasks } from '../tasks/use-tasks.js';
import { DifferencesView } from './differences-view.js';
import { syncMessages as m } from './messages.js';
import { SyncPanel } from './sync-panel.js';
import './sync.css';
import type { SyncPlace } from './sync-panel.js';
import { folderGrant, pickNatively, useDifferences } from './use-sync.js';
import type { LocalFolder } from './use-sync.js';

interface Compared {
  taskId: string;
  folder: LocalFolder;
}

/**
 * "Compare with local folder…": pick the folder (the host's picker in a browser, the native
 * dialog in Electron), run a compare task, show its differences by class, then offer a sync.
 */
export function CompareDialog({ place, onClose }: { place: SyncPlace; onClose: () => void }) {
  const client = useContract();
  const id = useId();
  const nativePicker = window.holdall?.pickFolder !== undefined;
  const [under, setUnder] = useState<string>();
  const [listing, setListing] = useState<FolderListing>();
  const [picked, setPicked] = useState<LocalFolder | null>(null);
  const [compared, setCompared] = useState<Compared | null>(null);
  const onListing = useCallback((shown: FolderListing | undefined) => setListing(shown), []);
  const tasks = useTasks();
  const task = tasks.data?.find((t) => t.id === compared?.taskId);
  const result = task?.result?.kind === 'compare' ? task.result : null;
  const differences = useDifferences(compared?.taskId ?? null, task?.state === 'succeeded');

  const chosen: LocalFolder | null =
    picked ?? (listing === undefined ? null : { under: listing.under, path: listing.path });
  const compare = useMutation({
    mutationFn: async () => {
      if (chosen === null) throw new Error(m.chooseFirst);
      // A compare reads the folder; a read grant is enough and a write one is accepted too.
      const grant = await folderGrant(client, chosen, 'read');
      const spec = { ...place, folder: grant, include: [], exclude: [] };
      const started = await client.invoke('tasks.start', { kind: 'compare', ...spec });
      return { taskId: started.id, folder: chosen };
    },
    onMutate: () => setCompared(null),
    onSuccess: setCompared,
  });
  const choose = useMutation({
    mutationFn: pickNatively,
    onSuccess: (folder) => folder !== null && setPicked(folder),
  });
  const problem = compare.error ?? choose.error;
  const running = compare.isPending || (task !== undefined && task.controls.includes('cancel'));
  const where = `${place.bucket}/${place.prefix}`;

  return (
    <ModalDialog title={m.title(where)} onClose={onClose} className="sync-dialog">
      <FormField
        id={`${id}-folder`}
        label={m.localFolder}
        hint={nativePicker ? undefined : m.localFolderHint}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            readOnly
            value={chosen?.path ?? ''}
            placeholder={nativePicker ? m.noFolderChosen : '…'}
          />
        )}
      </FormField>
      {/* Once compared, the folder stays put: the sync must write where the compare looked. */}
      {compared === null && !nativePicker && (
        <FolderPicker under={under} onOpen={setUnder} onListing={onListing} />
      )}
      {compared === null && nativePicker && (
        <button
          type="button"
          className="button"
          disabled={choose.isPending}
          onClick={() => choose.mutate()}
        >
          {m.chooseFolder}
        </button>
      )}
      {running && <p role="status">{m.comparing}</p>}
      {task?.state === 'canceled' && <p className="muted">{m.stopped}</p>}
      {(problem !== null || task?.state === 'failed' || differences.isError) && (
        <p className="message message-error" role="alert">
          {m.compareFailed} {task?.error?.message ?? errorMessage(problem ?? differences.error)}
        </p>
      )}
      {result !== null && differences.data !== undefined && compared !== null ? (
        <>
          <DifferencesView differences={differences.data} counts={result.counts} />
          <SyncPanel
            place={place}
            folder={compared.folder}
            differences={differences.data}
            onClose={onClose}
          />
        </>
      ) : (
        <DialogActions
          cancelLabel={m.close}
          onCancel={onClose}
          submitLabel={m.compare}
          disabled={chosen === null}
          busy={running}
          onSubmit={() => compare.mutate()}
        />
      )}
    </ModalDialog>
  );
}
