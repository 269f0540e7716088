import { useEffect } from 'react';
import { parseConnectLink } from '../../../../shared/domain/connection-link.js';
import { ConnectionDialog } from '../connections/connection-dialog.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { connectionFileMessages as m } from './messages.js';
import {
  dismissConnectLink,
  takeConnectLinkFromAddress,
  usePendingConnectLink,
} from './pending-connect-link.js';

/**
 * Opens the new-connection form filled in from a `holdall://connect` link, or says why the link
 * was not used (a secret in it, another kind of link, a value the form would refuse).
 */
export function ConnectLinkFeature() {
  useEffect(takeConnectLinkFromAddress, []);
  const link = usePendingConnectLink();
  if (link === null) return null;
  const parsed = parseConnectLink(link);
  if (!parsed.ok)
    return (
      <ModalDialog title={m.linkRefusedTitle} onClose={dismissConnectLink}>
        <p className="message message-error" role="alert">
          {parsed.reason}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={dismissConnectLink}>
            {m.close}
          </button>
        </div>
      </ModalDialog>
    );
  const notes = [
    m.linkFilled,
    ...(parsed.ignored.length > 0 ? [m.linkIgnored(parsed.ignored.join(', '))] : []),
  ];
  return (
    <ConnectionDialog
      key={link}
      prefill={{ values: parsed.prefill, notes }}
      onClose={dismissConnectLink}
    />
  );
}
