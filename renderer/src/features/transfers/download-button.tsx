import { useState } from 'react';
import { DownloadDialog } from './download-dialog.js';
import { messages } from './messages.js';
import type { DownloadSelection } from './upload-target.js';
import './transfers.css';

export function DownloadButton(props: DownloadSelection) {
  // A snapshot: changing the selection behind the open dialog must not change what it downloads.
  const [open, setOpen] = useState<DownloadSelection | null>(null);
  const empty = props.keys.length === 0 && props.prefixes.length === 0;
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={empty}
        onClick={() => setOpen({ ...props, keys: [...props.keys], prefixes: [...props.prefixes] })}
      >
        {messages.downloadButton}
      </button>
      {open !== null && <DownloadDialog selection={open} onClose={() => setOpen(null)} />}
    </>
  );
}
