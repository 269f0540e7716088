import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ObjectActionTarget } from '../../app/object-actions.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { DialogButtons, KeyInput } from './dialog-parts.js';
import { actionMessages as m } from './messages.js';
import { nameProblem } from './names.js';
import { problemText, TakenOnServer } from './problem-text.js';
import { existsOnServer, loadedNames } from './server-state.js';

interface NewFolderDialogProps {
  target: ObjectActionTarget;
  onClose: () => void;
  /** The folder exists on the server now. */
  onCreated: () => void;
}

/** A folder is a zero-byte "name/" marker object, so an empty folder shows in every tool. */
export function NewFolderDialog({ target, onClose, onCreated }: NewFolderDialogProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [taken] = useState(() => loadedNames(queryClient, client, target, target.prefix));
  const problem = nameProblem(name, { parent: target.prefix, folder: true, taken });

  const create = useMutation({
    mutationFn: async (folderName: string) => {
      const key = `${target.prefix}${folderName}/`;
      if (await existsOnServer(client, target, key)) throw new TakenOnServer(folderName, true);
      await client.invoke('objects.put', {
        profileId: target.profileId,
        bucket: target.bucket,
        key,
        source: { kind: 'text', text: '' },
      });
    },
    onSuccess: () => {
      onCreated();
      onClose();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem !== null || create.isPending) return;
    create.mutate(name);
  };

  // Shown as soon as something is typed; "enter a name" only once the user tried to go on.
  const shownProblem = problem !== null && (name !== '' || submitted) ? problem : null;
  const serverProblem =
    create.error instanceof TakenOnServer ? problemText(create.error.problem) : undefined;
  return (
    <ModalDialog title={m.newFolderTitle} onClose={onClose}>
      <form className="oa-form" noValidate onSubmit={onSubmit}>
        <FormField
          id={`${id}-name`}
          label={m.folderNameLabel}
          hint={m.createdIn(`${target.bucket}/${target.prefix}`)}
          error={shownProblem === null ? serverProblem : problemText(shownProblem)}
        >
          {(control) => (
            <KeyInput
              control={control}
              value={name}
              disabled={create.isPending}
              onChange={(typed) => {
                setName(typed);
                create.reset();
              }}
            />
          )}
        </FormField>
        {create.isError && !(create.error instanceof TakenOnServer) && (
          <p className="message message-error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <DialogButtons
          started={create.isPending}
          onClose={onClose}
          submit={{ label: m.create, busyLabel: m.creating, busy: create.isPending }}
        />
      </form>
    </ModalDialog>
  );
}
