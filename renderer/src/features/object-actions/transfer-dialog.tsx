import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ObjectActionTarget } from '../../app/object-actions.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { useNavigation } from '../navigation/navigation-context.js';
import { ClashQuestion } from './clash-question.js';
import type { ClashAnswer } from './clash-question.js';
import { withoutClashingObjects } from './clashes.js';
import { normalizeFolder, planTransfer } from './destinations.js';
import type { PlannedItem } from './destinations.js';
import { DestinationFields } from './destination-fields.js';
import type { DestinationText } from './destination-fields.js';
import { DialogButtons } from './dialog-parts.js';
import { actionMessages as m } from './messages.js';
import { pathProblemText, planProblemText } from './problem-text.js';
import type { RunProgress } from './run-report.js';
import { StopSwitch } from './run-report.js';
import { FailureList, ProgressLine, StopReport } from './run-status.js';
import { runTransfer } from './run-transfer.js';
import { findClashes } from './server-state.js';
import { confirmTransfer } from './transfer-notice.js';

interface Run {
  items: readonly PlannedItem[];
  ifExists: 'overwrite' | 'skip';
  skipped: number;
}

/** Names the destination already holds, with what would be sent. */
interface Question {
  items: readonly PlannedItem[];
  clashes: readonly PlannedItem[];
  /** The destination may not be listed (write-only access): what exists is unknown. */
  unchecked: boolean;
}

interface TransferDialogProps {
  mode: 'copy' | 'move';
  /** The selection to copy or move, taken when the dialog opened. */
  target: ObjectActionTarget;
  onClose: () => void;
  /** These buckets changed on the server. */
  onChanged: (buckets: readonly string[]) => void;
}

/**
 * Copy or move the selected objects and folders to a folder of any bucket of the connection.
 * Names that exist there are never written over unasked: the dialog lists them first and
 * offers Replace, Skip existing or Cancel. A running job can be stopped between items.
 */
export function TransferDialog({ mode, target, onClose, onChanged }: TransferDialogProps) {
  const client = useContract();
  const { navigate } = useNavigation();
  const [destinationText, setDestinationText] = useState<DestinationText>({
    bucket: target.bucket,
    folder: target.prefix,
  });
  // The dialog opens on the folder being browsed, which may be no place to copy to: that is
  // said plainly until the person changes the destination or tries to send.
  const [touched, setTouched] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  const [stopSwitch] = useState(() => new StopSwitch());
  const [stopping, setStopping] = useState(false);
  // Closing the dialog while the destination is checked cancels: nothing may be sent after.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const destination = normalizeFolder(destinationText.folder);
  const chosenBucket = destinationText.bucket.trim();
  const plan =
    'folder' in destination && chosenBucket !== ''
      ? planTransfer(target.selection, target.bucket, {
          bucket: chosenBucket,
          folder: destination.folder,
        })
      : null;
  const folderProblems =
    'problem' in destination
      ? [pathProblemText(destination.problem)]
      : (plan?.problems.map(planProblemText) ?? []);

  const transfer = useMutation({
    mutationFn: ({ items, ifExists, skipped }: Run) =>
      runTransfer(
        client,
        {
          profileId: target.profileId,
          mode,
          sourceBucket: target.bucket,
          targetBucket: chosenBucket,
          items,
          ifExists,
          skipped,
          stop: stopSwitch,
        },
        setProgress,
      ),
    onSettled: (report, _error, run) => {
      onChanged([target.bucket, chosenBucket]);
      if (report === undefined || report.failures.length > 0 || report.stopped) return;
      if (!('folder' in destination)) return;
      const place = {
        profileId: target.profileId,
        bucket: chosenBucket,
        prefix: destination.folder,
      };
      confirmTransfer(
        {
          mode,
          bucket: place.bucket,
          folder: place.prefix,
          items: run.items,
          skipped: run.skipped,
        },
        () => navigate(place),
      );
      onClose();
    },
  });

  // Before anything is sent: which targets exist already, from the destination's listing.
  const check = useMutation({
    mutationFn: async ({
      items,
      folder,
    }: {
      items: readonly PlannedItem[];
      folder: string;
    }): Promise<Question> => {
      const at = { profileId: target.profileId, bucket: chosenBucket };
      try {
        return { items, clashes: await findClashes(client, at, folder, items), unchecked: false };
      } catch (err) {
        if (!(err instanceof ContractError && err.code === 'AccessDenied')) throw err;
        return { items, clashes: [], unchecked: true };
      }
    },
    onSuccess: (found) => {
      if (!open.current) return;
      if (found.clashes.length > 0 || found.unchecked) setQuestion(found);
      else transfer.mutate({ items: found.items, ifExists: 'overwrite', skipped: 0 });
    },
  });

  const answer = (choice: ClashAnswer) => {
    if (question === null) return;
    setQuestion(null);
    if (choice === 'cancel') return;
    if (choice === 'replace') {
      transfer.mutate({ items: question.items, ifExists: 'overwrite', skipped: 0 });
      return;
    }
    const items = withoutClashingObjects(question.items, question.clashes);
    transfer.mutate({ items, ifExists: 'skip', skipped: question.items.length - items.length });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (plan === null || plan.problems.length > 0 || plan.items.length === 0) return;
    if (!('folder' in destination) || check.isPending || question !== null) return;
    if (transfer.isPending || transfer.data !== undefined) return;
    check.mutate({ items: plan.items, folder: destination.folder });
  };

  const stop = () => {
    setStopping(true);
    stopSwitch.stop();
  };

  const { keys, prefixes } = target.selection;
  const title = mode === 'move' ? m.moveTitle : m.copyTitle;
  const locked =
    check.isPending || question !== null || transfer.isPending || transfer.data !== undefined;
  return (
    <ModalDialog title={title(keys.length, prefixes.length)} onClose={onClose}>
      <form className="oa-form" noValidate onSubmit={onSubmit}>
        <DestinationFields
          profileId={target.profileId}
          sourceBucket={target.bucket}
          value={destinationText}
          folderProblems={folderProblems}
          touched={touched}
          locked={locked}
          onChange={(next) => {
            setTouched(true);
            setDestinationText(next);
          }}
        />
        <p className="field-hint">{m.overwriteNote}</p>
        {transfer.isPending && progress !== null && <ProgressLine progress={progress} />}
        {[check.error, transfer.error].map(
          (error, i) =>
            error !== null && (
              <p key={i} className="message message-error" role="alert">
                {errorMessage(error)}
              </p>
            ),
        )}
        {transfer.data !== undefined && (
          <>
            <StopReport report={transfer.data} />
            <FailureList done={transfer.data.done} failures={transfer.data.failures} />
          </>
        )}
        {question !== null ? (
          <ClashQuestion
            clashes={question.clashes}
            unchecked={question.unchecked}
            move={mode === 'move'}
            onAnswer={answer}
          />
        ) : (
          <DialogButtons
            started={transfer.isPending || transfer.data !== undefined}
            onClose={onClose}
            stop={transfer.isPending ? { stopping, onStop: stop } : undefined}
            submit={
              transfer.data === undefined
                ? {
                    label: mode === 'move' ? m.moveButton : m.copyButton,
                    busyLabel: check.isPending ? m.checkingDestination : m.working,
                    busy: check.isPending || transfer.isPending,
                    disabled: plan === null || plan.problems.length > 0 || plan.items.length === 0,
                  }
                : null
            }
          />
        )}
      </form>
    </ModalDialog>
  );
}
