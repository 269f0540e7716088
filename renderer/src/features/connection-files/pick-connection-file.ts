import { ContractError } from '../../contract/contract-error.js';
import { isEnvelope } from '../../contract/envelope-response.js';
import { newDropId, spoolUrl } from '../transfers/spool-paths.js';

/** Electron's open dialog: a read grant for the file picked, or null when canceled. */
export async function pickFileNatively(): Promise<string | null> {
  const answer = await window.holdall?.pickUploadFiles?.();
  if (answer === undefined) return null;
  if (!answer.ok) throw new ContractError(answer.error);
  return answer.value?.[0] ?? null;
}

/** The browser host: the file the page was given goes to the host's spool, which grants it. */
export async function grantForFile(file: File): Promise<string> {
  const res = await fetch(spoolUrl(newDropId(), file.name), { method: 'POST', body: file });
  const body: unknown = await res.json().catch(() => null);
  if (isEnvelope(body) && !body.ok) throw new ContractError(body.error);
  const grant = isEnvelope(body) && body.ok ? (body.value as { grant?: unknown }).grant : undefined;
  if (typeof grant !== 'string')
    throw new ContractError({ code: 'LocalFileError', message: `Could not read ${file.name}` });
  return grant;
}
