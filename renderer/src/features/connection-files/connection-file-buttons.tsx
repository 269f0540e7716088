import { useState } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { ExportDialog } from './export-dialog.js';
import { ImportDialog } from './import-dialog.js';
import { connectionFileMessages as m } from './messages.js';

/** "Export…" (when there is something to export) and "Import…" of connections files. */
export function ConnectionFileButtons({ profiles }: { profiles: readonly ProfileSummary[] }) {
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      {profiles.length > 0 && (
        <button type="button" className="button button-small" onClick={() => setOpen('export')}>
          {m.exportButton}
        </button>
      )}
      <button type="button" className="button button-small" onClick={() => setOpen('import')}>
        {m.importButton}
      </button>
      {open === 'export' && <ExportDialog profiles={profiles} onClose={close} />}
      {open === 'import' && <ImportDialog onClose={close} />}
    </>
  );
}
