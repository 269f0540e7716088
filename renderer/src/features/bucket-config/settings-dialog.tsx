import { useState } from 'react';
import type { ReactNode } from 'react';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { DirtyDraftsProvider, UnsavedPrompt, useDirtyDrafts } from './dirty-drafts.js';
import { configMessages as m } from './messages.js';

interface SettingsDialogProps {
  title: string;
  onClose: () => void;
  /** Editors inside report unapplied drafts here. */
  children: ReactNode;
}

/**
 * A dialog of configuration editors: Escape or Close with drafts not applied asks first
 * instead of dropping them.
 */
export function SettingsDialog({ title, onClose, children }: SettingsDialogProps) {
  const drafts = useDirtyDrafts();
  const [askingToClose, setAskingToClose] = useState(false);
  const requestClose = (): void => {
    if (drafts.dirty.size > 0) setAskingToClose(true);
    else onClose();
  };
  return (
    <ModalDialog title={title} onClose={requestClose} className="dialog-settings">
      {/* The one part that scrolls: the title, tabs and action rows stay where they are. */}
      <div className="settings-body">
        <DirtyDraftsProvider value={drafts.report}>{children}</DirtyDraftsProvider>
      </div>
      {askingToClose ? (
        <UnsavedPrompt
          kinds={drafts.dirty}
          onKeep={() => setAskingToClose(false)}
          onDiscard={onClose}
        />
      ) : (
        <div className="dialog-actions">
          <span className="spacer" />
          {/* Not primary: the editor's own step (Review, Apply) is the one main action. */}
          <button type="button" className="button" onClick={requestClose}>
            {m.close}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
