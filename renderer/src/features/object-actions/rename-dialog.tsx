import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ObjectActionTarget } from '../../app/object-actions.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { DialogButtons, KeyInput } from './dialog-parts.js';
import { actionMessages as m } from './messages.js';
import { baseName, editableName, nameProblem, parentOf, stemLength } from './names.js';
import { problemText, TakenOnServer } from './problem-text.js';
import type { RunProgress, RunReport } from './run-report.js';
import { FailureList, ProgressLine } from './run-status.js';
import { runTransfer } from './run-transfer.js';
import { existsOnServer, loadedNames } from './server-state.js';

/** One object (its key) or one folder (its prefix, ending in "/"). */
export interface RenameItem {
  kind: 'object' | 'folder';
  path: string;
}

interface RenameDialogProps {
  target: ObjectActionTarget;
  item: RenameItem;
  onClose: () => void;
  /** Something changed on the server (all of it, or part of a folder). */
  onChanged: () => void;
}

/** S3 has no rename: an object is copied then deleted; a folder, every object under it. */
export function RenameDialog({ target, item, onClose, onChanged }: RenameDialogProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const id = useId();
  const folder = item.kind === 'folder';
  const parent = parentOf(item.path);
  const [name, setName] = useState(() => editableName(item.path));
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [taken] = useState(() => loadedNames(queryClient, client, target, parent));
  const selectedOnce = useRef(false);
  const problem = nameProblem(name, { parent, folder, taken, current: baseName(item.path) });

  const rename = useMutation({
    mutationFn: async (newName: string): Promise<RunReport> => {
      const destination = `${parent}${newName}${folder ? '/' : ''}`;
      if (await existsOnServer(client, target, destination)) {
        throw new TakenOnServer(newName, folder);
      }
      return runTransfer(
        client,
        {
          profileId: target.profileId,
          mode: 'move',
          sourceBucket: target.bucket,
          targetBucket: target.bucket,
          items: [{ kind: item.kind, source: item.path, target: destination }],
        },
        setProgress,
      );
    },
    onSettled: (report) => {
      if (report === undefined) return;
      onChanged();
      if (report.failures.length === 0) onClose();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problem !== null || rename.isPending || rename.data !== undefined) return;
    rename.mutate(name);
  };

  const serverProblem =
    rename.error instanceof TakenOnServer ? problemText(rename.error.problem) : undefined;
  const finished = rename.data !== undefined;
  return (
    <ModalDialog title={m.renameTitle(editableName(item.path))} onClose={onClose}>
      <form className="oa-form" noValidate onSubmit={onSubmit}>
        <FormField
          id={`${id}-name`}
          label={m.newNameLabel}
          hint={folder ? m.renameFolderHint : undefined}
          error={problem === null ? serverProblem : problemText(problem)}
        >
          {(control) => (
            <KeyInput
              control={control}
              value={name}
              disabled={rename.isPending || finished}
              onFocus={(event) => {
                // Typing over the stem keeps the extension, as file managers do.
                if (selectedOnce.current) return;
                selectedOnce.current = true;
                event.target.setSelectionRange(0, folder ? name.length : stemLength(name));
              }}
              onChange={(typed) => {
                setName(typed);
                rename.reset();
              }}
            />
          )}
        </FormField>
        {rename.isPending && progress !== null && folder && <ProgressLine progress={progress} />}
        {rename.isError && !(rename.error instanceof TakenOnServer) && (
          <p className="message message-error" role="alert">
            {errorMessage(rename.error)}
          </p>
        )}
        {rename.data !== undefined && (
          <FailureList done={rename.data.done} failures={rename.data.failures} />
        )}
        <DialogButtons
          started={finished || rename.isPending}
          onClose={onClose}
          submit={
            finished
              ? null
              : { label: m.renameButton, busyLabel: m.renaming, busy: rename.isPending }
          }
        />
      </form>
    </ModalDialog>
  );
}
