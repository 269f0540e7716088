import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract/events.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { showNotice } from '../../ui/notices.js';
import { signInMessages as m } from './messages.js';
import './sign-in.css';

type DeviceCodeRequest = EventPayload<'credentials.deviceCode'>;

/**
 * Shows the code of each IAM Identity Center sign-in the core waits on, one at a time, until
 * the core hears the user approved it in the browser (its `credentials.settled` closes it).
 */
export function DeviceCodePrompts() {
  const client = useContract();
  const [waiting, setWaiting] = useState<DeviceCodeRequest[]>([]);
  useEffect(() => {
    const offShown = client.on('credentials.deviceCode', (request) => {
      setWaiting((list) => [...list, request]);
    });
    const offSettled = client.on('credentials.settled', ({ requestId }) => {
      setWaiting((list) => list.filter((r) => r.requestId !== requestId));
    });
    return () => {
      offShown();
      offSettled();
    };
  }, [client]);
  const [first] = waiting;
  return first === undefined ? null : <DeviceCodeDialog key={first.requestId} request={first} />;
}

function DeviceCodeDialog({ request }: { request: DeviceCodeRequest }) {
  const client = useContract();
  const [busy, setBusy] = useState(false);
  const open = () => {
    // The browser host opens a tab (window.open); Electron hands the link to the system browser.
    client
      .openInBrowser(request.verificationUriComplete)
      .catch((err: unknown) => showNotice({ tone: 'error', text: errorMessage(err) }));
  };
  const cancel = () => {
    setBusy(true);
    client
      .invoke('credentials.answer', { requestId: request.requestId, cancel: true })
      .catch((err: unknown) => showNotice({ tone: 'error', text: errorMessage(err) }));
  };
  return (
    <ModalDialog title={m.ssoTitle} onClose={cancel}>
      <p>{m.ssoBody(request.connectionName, request.startUrl)}</p>
      <p className="muted">{m.ssoCodeLabel}</p>
      <p className="device-code" aria-label={m.ssoCodeLabel}>
        <strong>{request.userCode}</strong>
      </p>
      <p className="muted">{m.ssoWaiting(request.verificationUri)}</p>
      <DialogActions
        cancelLabel={m.cancel}
        onCancel={cancel}
        submitLabel={m.ssoOpen}
        onSubmit={open}
        busy={busy}
      />
    </ModalDialog>
  );
}
