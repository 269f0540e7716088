import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { rememberFocus } from './focus-return.js';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind it
 * inert and turns Escape into `cancel`, which we route to onClose so React
 * state stays the single source of truth for what is open.
 */
export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    unmounting.current = false;
    const focusReturn = rememberFocus();
    if (!dialog.open) dialog.showModal();
    return () => {
      // The close event below is ours, not the user's: it must not close a dialog opened next.
      unmounting.current = true;
      dialog.close();
      focusReturn.restore();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'dialog' : `dialog ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // Chromium may close without a cancelable cancel (repeated Escape); follow it.
        if (!unmounting.current) onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
