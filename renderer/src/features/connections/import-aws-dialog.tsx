import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { AwsCandidate } from '../../../../shared/contract/channels/profiles.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { connectionMessages as m } from './messages.js';
import { awsCandidatesQuery, useImportAws } from './use-connection-mutations.js';
import './connections.css';

const importable = (c: AwsCandidate) => c.skipReason === undefined;

function CandidateRow({
  candidate,
  checked,
  onToggle,
}: {
  candidate: AwsCandidate;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const id = useId();
  const enabled = importable(candidate);
  return (
    <li className={enabled ? 'import-item' : 'import-item import-item-disabled'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={!enabled}
        aria-describedby={`${id}-detail`}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <label htmlFor={id}>
        <span className="import-name">{candidate.name}</span>
        <span id={`${id}-detail`} className="import-detail">
          {m.importEndpoint(candidate.endpoint)} · {m.importRegion(candidate.region)}
          {` · ${candidate.keysFrom === undefined ? m.importNoKeys : m.importKeysFrom[candidate.keysFrom]}`}
          {candidate.skipReason === undefined ? null : (
            <span className="import-reason"> — {candidate.skipReason}</span>
          )}
        </span>
      </label>
    </li>
  );
}

/** Lists the AWS CLI profiles the host found and imports the ticked ones. */
export function ImportAwsDialog({ onClose }: { onClose: () => void }) {
  const client = useContract();
  const candidates = useQuery(awsCandidatesQuery(client));
  // Unset until people tick something: then every importable profile starts ticked.
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const run = useImportAws();
  const chosen = picked ?? new Set((candidates.data ?? []).filter(importable).map((c) => c.name));

  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    setPicked(next);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.size > 0) run.mutate([...chosen]);
  };

  if (run.isSuccess) {
    const { imported, skipped } = run.data;
    return (
      <ModalDialog title={m.importTitle} onClose={onClose}>
        <p className="message message-success" role="status">
          {m.importDone(imported.length)}
        </p>
        {skipped.length > 0 && (
          <ul className="import-results">
            {skipped.map((s) => (
              <li key={s.name}>{m.importSkipped(s.name, s.reason)}</li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button button-primary" onClick={onClose}>
            {m.close}
          </button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title={m.importTitle} onClose={onClose}>
      <form noValidate onSubmit={onSubmit}>
        <p className="dialog-intro">{m.importIntro}</p>
        {candidates.isPending && (
          <p className="muted" role="status">
            {m.importLoading}
          </p>
        )}
        {candidates.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(candidates.error)}
          </p>
        )}
        {candidates.data?.length === 0 && <p className="muted">{m.importEmpty}</p>}
        {candidates.data !== undefined && candidates.data.length > 0 && (
          <ul className="import-list" aria-label={m.importListLabel}>
            {candidates.data.map((candidate) => (
              <CandidateRow
                key={candidate.name}
                candidate={candidate}
                checked={chosen.has(candidate.name)}
                onToggle={(on) => toggle(candidate.name, on)}
              />
            ))}
          </ul>
        )}
        {run.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(run.error)}
          </p>
        )}
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {m.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={chosen.size === 0 || run.isPending}
            aria-busy={run.isPending}
          >
            {m.importSubmit(chosen.size)}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** A button that opens the import dialog; self-contained so any view can offer it. */
export function ImportAwsButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className ?? 'button'} onClick={() => setOpen(true)}>
        {m.importButton}
      </button>
      {open && <ImportAwsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
