import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract/events.js';
import { errorMessage } from '../../contract/contract-error.js';
import { useContract } from '../../contract/contract-context.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { signInMessages as m } from './messages.js';

type MfaRequest = EventPayload<'credentials.needed'>;

/** Asks for the MFA code of each role sign-in the core waits on, one at a time. */
export function MfaPrompts() {
  const client = useContract();
  const [waiting, setWaiting] = useState<MfaRequest[]>([]);
  useEffect(() => {
    const offNeeded = client.on('credentials.needed', (request) => {
      setWaiting((list) => [...list, request]);
    });
    const offSettled = client.on('credentials.settled', ({ requestId }) => {
      setWaiting((list) => list.filter((r) => r.requestId !== requestId));
    });
    return () => {
      offNeeded();
      offSettled();
    };
  }, [client]);
  const [first] = waiting;
  return first === undefined ? null : <MfaDialog key={first.requestId} request={first} />;
}

function MfaDialog({ request }: { request: MfaRequest }) {
  const client = useContract();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const answer = async (input: { code: string } | { cancel: true }) => {
    setBusy(true);
    try {
      // The core's `credentials.settled` event closes this dialog.
      await client.invoke('credentials.answer', { requestId: request.requestId, ...input });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  const submit = () => {
    const typed = code.trim();
    if (!/^\d{6}$/.test(typed)) {
      setError(m.mfaCodeInvalid);
      return;
    }
    void answer({ code: typed });
  };
  const cancel = () => void answer({ cancel: true });
  return (
    <ModalDialog title={m.mfaTitle} onClose={cancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>{m.mfaBody(request.connectionName, request.roleArn)}</p>
        <p className="muted">{m.mfaDevice(request.mfaSerial)}</p>
        <FormField id="mfa-code" label={m.mfaCodeField} error={error} hint={m.mfaCodeHint}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              // The dialog exists to take this code: focus belongs here.
              autoFocus
              value={code}
              onChange={(event) => {
                setCode(event.target.value);
                setError(undefined);
              }}
            />
          )}
        </FormField>
        <DialogActions
          cancelLabel={m.cancel}
          onCancel={cancel}
          submitLabel={m.signIn}
          busy={busy}
        />
      </form>
    </ModalDialog>
  );
}
