import { expect, vi } from 'vitest';
import { downloadObject } from '../download-object.js';
import type { DownloadContext, DownloadSource } from '../download-object.js';
import { TransferJournal } from '../journal.js';

/**
 * Starts a download as job 'd' and stops it once `ranges` ranges are journaled, as a killed
 * app would: no line after that one, though a sync may have made more ranges durable.
 */
export async function interruptedDownload(
  source: DownloadSource,
  destination: string,
  journalDir: string,
  ranges: number,
  context: (over: Partial<DownloadContext>) => Promise<DownloadContext>,
): Promise<void> {
  const { journal } = await TransferJournal.open(journalDir);
  await journal.record({
    t: 'job',
    id: 'd',
    direction: 'download',
    profileId: 'p',
    bucket: source.bucket,
    key: source.key,
    localPath: destination,
    size: source.size,
    fingerprint: source.etag,
    createdAt: new Date().toISOString(),
  });
  const stop = new AbortController();
  let seen = 0;
  const record = journal.record.bind(journal);
  const spy = vi.spyOn(journal, 'record').mockImplementation(async (entry) => {
    if (seen === ranges) return;
    await record(entry);
    if (entry.t === 'range' && ++seen === ranges) stop.abort(new Error('app killed'));
  });
  const ctx = await context({ journal, signal: stop.signal, jobId: 'd' });
  await expect(downloadObject(source, destination, ctx)).rejects.toThrow();
  spy.mockRestore();
}
