import { HOLDALL_DOCS_URL } from '../../../../shared/domain/external-url.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { hostMessages as m } from './messages.js';
import { storageWarningText, useHostInfo } from './storage-warning.js';
import { useOpenInBrowser } from './use-open-in-browser.js';
import './host.css';

/** The version, the kind of host, and where secrets are kept, with the warning once dismissed. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { info } = useHostInfo();
  const openInBrowser = useOpenInBrowser();
  const data = info.data;
  const warning = data === undefined ? null : storageWarningText(data.secretStorage);
  return (
    <ModalDialog title={m.aboutTitle} onClose={onClose}>
      {data !== undefined && (
        <>
          <dl className="about-facts">
            <dt>{m.version}</dt>
            <dd>{data.version}</dd>
            <dt>{m.runningAs}</dt>
            <dd>{m.hostKinds[data.kind]}</dd>
          </dl>
          <h3 className="about-heading">{m.secretsHeading}</h3>
          <p>{m.storageKinds[data.secretStorage.kind]}</p>
          {warning !== null && (
            <p className="message message-warning" data-testid="about-storage-warning">
              {warning}
            </p>
          )}
          {warning !== null && data.storageWarningAcknowledged && (
            <p className="field-hint">{m.acknowledged}</p>
          )}
        </>
      )}
      <p>
        <button
          type="button"
          className="button button-small"
          onClick={() => openInBrowser(HOLDALL_DOCS_URL)}
        >
          {m.docs}
        </button>
      </p>
      <DialogActions cancelLabel={m.close} onCancel={onClose} />
    </ModalDialog>
  );
}
