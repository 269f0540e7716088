import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { configMessages as m } from './messages.js';

type Report = (kind: string, dirty: boolean) => void;

const DirtyContext = createContext<Report | undefined>(undefined);

/** Where editors report unapplied drafts, so closing their dialog can ask first. */
export const DirtyDraftsProvider = DirtyContext.Provider;

/** Which kinds (by kind name, in the current language) hold changes not yet applied. */
export function useDirtyDrafts(): { dirty: ReadonlySet<string>; report: Report } {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((kind, isDirty) => {
    setDirty((before) => {
      if (before.has(kind) === isDirty) return before;
      const after = new Set(before);
      if (isDirty) after.add(kind);
      else after.delete(kind);
      return after;
    });
  }, []);
  return { dirty, report };
}

/** An editor says whether its draft differs from the server; unmounting clears it. */
export function useReportDirty(kind: string, dirty: boolean): void {
  const report = useContext(DirtyContext);
  useEffect(() => {
    report?.(kind, dirty);
    return () => report?.(kind, false);
  }, [report, kind, dirty]);
}

interface UnsavedPromptProps {
  kinds: ReadonlySet<string>;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asked when a dialog with unapplied drafts is being closed. */
export function UnsavedPrompt({ kinds, onKeep, onDiscard }: UnsavedPromptProps) {
  return (
    <div className="config-confirm" role="alertdialog" aria-label={m.unsavedTitle}>
      <p>{m.unsavedBody([...kinds].join(m.listSeparator))}</p>
      <div className="config-actions">
        <button type="button" className="button button-primary" onClick={onKeep}>
          {m.keepEditing}
        </button>
        <span className="spacer" />
        <button type="button" className="button button-danger" onClick={onDiscard}>
          {m.discardAndClose}
        </button>
      </div>
    </div>
  );
}
