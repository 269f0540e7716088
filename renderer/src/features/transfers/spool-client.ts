import { ContractError } from '../../contract/contract-error.js';
import { isEnvelope } from '../../contract/envelope-response.js';
import { messages } from './messages.js';
import { spoolOpenUrl, spoolUrl } from './spool-paths.js';

/**
 * Lists a drop's folder files to the browser host before their bytes: it answers a read grant
 * per folder, whose upload can start at once, and the order to send the files in.
 */
export async function openDrop(
  dropId: string,
  files: { path: string; size: number }[],
): Promise<{ grants: string[]; order: number[] }> {
  const res = await fetch(spoolOpenUrl(dropId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ files }),
  });
  const body = safeJson(await res.text());
  if (isEnvelope(body) && !body.ok) throw new ContractError(body.error);
  const value =
    isEnvelope(body) && body.ok ? (body.value as { grants?: unknown; order?: unknown }) : null;
  if (!Array.isArray(value?.grants) || !Array.isArray(value.order))
    throw lost(files[0]?.path.split('/')[0] ?? '', `HTTP ${res.status}`);
  return { grants: value.grants as string[], order: value.order as number[] };
}

/**
 * Streams one file to the browser host's spool and resolves with the host's
 * read grant for the dropped item it belongs to (the file, or its top folder), or with nothing
 * for a file of a folder opened with openDrop (its grant came with the open). XHR rather than fetch: fetch cannot report upload progress
 * without streaming request bodies, which Chromium only sends over HTTP/2.
 * The host's cookie rides along (same origin), so no token is handled here.
 */
export function spoolFile(
  dropId: string,
  relativePath: string,
  file: Blob,
  onProgress: (bytesSent: number) => void,
  signal?: AbortSignal,
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', spoolUrl(dropId, relativePath));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    const name = relativePath.split('/').at(-1) ?? relativePath;
    xhr.onerror = () => reject(lost(name));
    xhr.onabort = () => reject(new ContractError({ code: 'Canceled', message: 'Canceled' }));
    xhr.onload = () => {
      const body = safeJson(xhr.responseText);
      if (isEnvelope(body) && body.ok) {
        onProgress(file.size);
        resolve(grantOf(body));
      } else if (isEnvelope(body) && !body.ok) {
        reject(new ContractError(body.error));
      } else {
        reject(lost(name, `HTTP ${xhr.status}`));
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
