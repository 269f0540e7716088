import { useState } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { showNotice } from '../../ui/notices.js';
import { signInMessages as m } from './messages.js';

interface SignInAgainProps {
  profileId: string;
  /** What the request failed with: the button shows only for a session that ended. */
  error: unknown;
  /** Run once signed in, e.g. to load again what failed. */
  onSignedIn: () => void;
}

/** A session that ran out, or a sign-in the user canceled (the host marks it `signIn`). */
function endedSession(error: unknown): boolean {
  if (!(error instanceof ContractError)) return false;
  return (
    error.code === 'CredentialsExpired' ||
    (error.code === 'Canceled' && error.details?.['signIn'] === true)
  );
}

/**
 * "Sign in again" beside an error saying the connection's session ended: it re-runs the
 * connection's sign-in (IAM Identity Center's browser sign-in, or an MFA role's code prompt at
 * the next request), then retries.
 */
export function SignInAgain({ profileId, error, onSignedIn }: SignInAgainProps) {
  const client = useContract();
  const [busy, setBusy] = useState(false);
  if (!endedSession(error)) return null;
  const signIn = () => {
    setBusy(true);
    client
      .invoke('credentials.signIn', { profileId })
      .then(onSignedIn, (err: unknown) => showNotice({ tone: 'error', text: errorMessage(err) }))
      .finally(() => setBusy(false));
  };
  return (
    <button
      type="button"
      className="button button-small"
      onClick={signIn}
      disabled={busy}
      aria-busy={busy}
    >
      {m.signInAgain}
    </button>
  );
}
