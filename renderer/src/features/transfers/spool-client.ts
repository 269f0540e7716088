import { ContractError } from '../../contract/contract-error.js';
import { isEnvelope } from '../../contract/envelope-response.js';
import { messages } from './messages.js';
import type { DropSource, SentFile } from './spool-drop.js';
import { spoolBatchUrl, spoolOpenUrl } from './spool-paths.js';

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
 * Sends several files in one request (POST /api/spool/batch): a 4-byte list length, the list,
 * then the files' bytes, which the browser streams from disk. Answers each file's outcome in
 * order; progress is the bytes of the whole request sent so far.
 */
export function spoolBatch(
  dropId: string,
  sources: readonly DropSource[],
  onProgress: (bytesSent: number) => void,
  signal?: AbortSignal,
): Promise<SentFile[]> {
  const list = new TextEncoder().encode(
    JSON.stringify(sources.map((s) => ({ path: s.relativePath, size: s.file.size }))),
  );
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, list.length);
  const header = length.length + list.length;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', spoolBatchUrl(dropId));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(Math.max(0, event.loaded - header));
    const name = sources[0]?.relativePath.split('/')[0] ?? '';
    xhr.onerror = () => reject(lost(name));
    xhr.onabort = () => reject(new ContractError({ code: 'Canceled', message: 'Canceled' }));
    xhr.onload = () => {
      const body = safeJson(xhr.responseText);
      const results =
        isEnvelope(body) && body.ok ? (body.value as { results?: unknown }).results : undefined;
      if (Array.isArray(results) && results.length === sources.length)
        resolve(
          results.map((r: unknown) =>
            isEnvelope(r) && !r.ok ? { error: new ContractError(r.error) } : { grant: grantOf(r) },
          ),
        );
      else if (isEnvelope(body) && !body.ok) reject(new ContractError(body.error));
      else reject(lost(name, `HTTP ${xhr.status}`));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(new Blob([length, list, ...sources.map((s) => s.file)]));
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
