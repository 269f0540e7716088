import { DiffView } from './diff-view.js';
import { configMessages as m } from './messages.js';

/** What the last Apply or Delete did, as the server tells it on reading back. */
export type ConfigOutcome =
  { kind: 'saved'; sent: string; stored: string } | { kind: 'deleted'; kindName: string };

/** The same lines in another order: RGW lists an object's grants its own way, for one. */
function sameLines(a: string, b: string): boolean {
  const sorted = (text: string) => text.split('\n').sort().join('\n');
  return sorted(a) === sorted(b);
}

/**
 * What the server stored, shown once: as it is when it matches what was sent (maybe in the
 * server's own order), else as the differences from what was sent, which carry every stored line.
 */
function StoredDocument({ sent, stored }: { sent: string; stored: string }) {
  if (sent !== stored && !sameLines(sent, stored)) {
    return (
      <>
        <p className="config-outcome-note">{m.normalised}</p>
        <DiffView before={sent} after={stored} label={m.normalisedLabel} />
      </>
    );
  }
  return (
    <>
      <pre className="config-stored" aria-label={m.storedLabel} tabIndex={0}>
        {stored}
      </pre>
      <p className="config-outcome-note">{sent === stored ? m.storedAsSent : m.storedReordered}</p>
    </>
  );
}

interface OutcomeNoteProps {
  outcome: ConfigOutcome;
  onDismiss: () => void;
}

export function OutcomeNote({ outcome, onDismiss }: OutcomeNoteProps) {
  return (
    <div className="config-outcome message message-success" role="status">
      <div className="config-outcome-head">
        <span>{outcome.kind === 'saved' ? m.saved : m.deleted(outcome.kindName)}</span>
        <button type="button" className="button button-small" onClick={onDismiss}>
          {m.dismiss}
        </button>
      </div>
      {outcome.kind === 'saved' && <StoredDocument sent={outcome.sent} stored={outcome.stored} />}
    </div>
  );
}
