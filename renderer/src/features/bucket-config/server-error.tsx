import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { configMessages as m } from './messages.js';

/** What the server said, code first, so "AccessDenied" or "MalformedPolicy" is never lost. */
export function serverErrorText(err: unknown): string {
  return err instanceof ContractError ? m.serverError(err.code, err.message) : errorMessage(err);
}

export function ServerError({ error }: { error: unknown }) {
  return (
    <p className="message message-error" role="alert">
      {serverErrorText(error)}
    </p>
  );
}
