import { ContractError } from '../../contract/contract-error.js';
import { isEnvelope } from '../../contract/envelope-response.js';
import { messages } from './messages.js';
import { spoolUrl } from './spool-paths.js';

/**
 * Streams one file to the browser host's spool and resolves with the host's
 * read grant for the dropped item it belongs to (the file, or its top folder). XHR rather than fetch: fetch cannot report upload progress
 * without streaming request bodies, which Chromium only sends over HTTP/2.
 * The host's cookie rides along (same origin), so no token is handled here.
 */
export function spoolFile(
  dropId: string,
  relativePath: string,
  file: File,
  onProgress: (bytesSent: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', spoolUrl(dropId, relativePath));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onerror = () => reject(lost(file.name));
    xhr.onabort = () => reject(new ContractError({ code: 'Canceled', message: 'Canceled' }));
    xhr.onload = () => {
      const body = safeJson(xhr.responseText);
      const grant = grantOf(body);
      if (grant !== undefined) {
        onProgress(file.size);
        resolve(grant);
      } else if (isEnvelope(body) && !body.ok) {
        reject(new ContractError(body.error));
      } else {
        reject(lost(file.name, `HTTP ${xhr.status}`));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

function grantOf(body: unknown): string | undefined {
  if (!isEnvelope(body) || !body.ok) return undefined;
  const value = body.value as { grant?: unknown } | null;
  return typeof value?.grant === 'string' ? value.grant : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function lost(name: string, detail?: string): ContractError {
  return new ContractError({
    code: 'LocalFileError',
    message: messages.sendFailed(name, detail),
  });
}
