import { useMutation } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import type { FolderListing } from '../../../../shared/domain/local-grant.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { FolderPicker } from '../transfers/folder-picker.js';
import { ComparedView } from './compared-view.js';
import type { CompareRun } from './compared-view.js';
import { syncMessages as m } from './messages.js';
import { PatternFields, parsedPatterns } from './pattern-fields.js';
import type { PatternTexts } from './pattern-fields.js';
import './sync.css';
import type { SyncPlace } from './sync-panel.js';
import { folderGrant, pickNatively } from './use-sync.js';
import type { LocalFolder } from './use-sync.js';

/**
 * "Compare with local folder…": pick the folder (the host's picker in a browser, the native
 * dialog in Electron) and the include/exclude patterns, run a compare task, show its differences
 * by class, then offer a sync with the same folder and patterns.
 */
export function CompareDialog({ place, onClose }: { place: SyncPlace; onClose: () => void }) {
  const client = useContract();
  const id = useId();
  const nativePicker = window.holdall?.pickFolder !== undefined;
  const [under, setUnder] = useState<string>();
  const [listing, setListing] = useState<FolderListing>();
  const [picked, setPicked] = useState<LocalFolder | null>(null);
  const [texts, setTexts] = useState<PatternTexts>({ include: '', exclude: '' });
  const [run, setRun] = useState<CompareRun | null>(null);
  const onListing = useCallback((shown: FolderListing | undefined) => setListing(shown), []);
  const patterns = parsedPatterns(texts);

  const chosen: LocalFolder | null =
    picked ?? (listing === undefined ? null : { under: listing.under, path: listing.path });
  const compare = useMutation({
    mutationFn: async (): Promise<CompareRun> => {
      if (chosen === null) throw new Error(m.chooseFirst);
      if (patterns === null) throw new Error(m.patternsHint);
      // A compare reads the folder; a read grant is enough and a write one is accepted too.
      const grant = await folderGrant(client, chosen, 'read', true);
      const spec = { ...place, folder: grant, ...patterns };
      const started = await client.invoke('tasks.start', { kind: 'compare', ...spec });
      return { taskId: started.id, pair: { place, folder: chosen, ...patterns } };
    },
    onMutate: () => setRun(null),
    onSuccess: setRun,
  });
  const choose = useMutation({
    mutationFn: pickNatively,
    onSuccess: (folder) => folder !== null && setPicked(folder),
  });
  const problem = compare.error ?? choose.error;
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
      {run === null && !nativePicker && (
        <FolderPicker under={under} onOpen={setUnder} onListing={onListing} />
      )}
      {run === null && nativePicker && (
        <button
          type="button"
          className="button"
          disabled={choose.isPending}
          onClick={() => choose.mutate()}
        >
          {m.chooseFolder}
        </button>
      )}
      <PatternFields texts={texts} onChange={setTexts} readOnly={run !== null} />
      {problem !== null && (
        <p className="message message-error" role="alert">
          {m.compareFailed} {errorMessage(problem)}
        </p>
      )}
      {run === null ? (
        <DialogActions
          cancelLabel={m.close}
          onCancel={onClose}
          submitLabel={m.compare}
          disabled={chosen === null || patterns === null}
          busy={compare.isPending}
          onSubmit={() => compare.mutate()}
        />
      ) : (
        <ComparedView run={run} onAgain={() => compare.mutate()} onClose={onClose} />
      )}
    </ModalDialog>
  );
}
