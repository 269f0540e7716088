import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobEntry } from './journal-entries.js';
import { TransferJournal } from './journal.js';

function jobEntry(id: string): JobEntry {
  return {
    t: 'job',
    id,
    direction: 'upload',
    profileId: 'p1',
    bucket: 'b',
    key: `k/${id}`,
    localPath: `/tmp/${id}`,
    size: 100 * 1024 * 1024,
    fingerprint: 'mtime:1',
    partSize: 8 * 1024 * 1024,
    createdAt: '2026-11-21T00:00:00.000Z',
  };
}

async function dir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'holdall-journal-'));
}

describe('TransferJournal', () => {
  it('starts empty', async () => {
    const { unfinished, skipped } = await TransferJournal.open(await dir());
    expect(unfinished).toEqual([]);
    expect(skipped).toBe(0);
  });

  it('recovers an unfinished upload with its multipart id and confirmed parts after a restart', async () => {
    const d = await dir();
    const { journal } = await TransferJournal.open(d);
    await journal.record(jobEntry('a'));
    await journal.record({ t: 'multipart', id: 'a', uploadId: 'U1' });
    await Promise.all([
      journal.record({ t: 'part', id: 'a', partNumber: 1, etag: '"e1"' }),
      journal.record({ t: 'part', id: 'a', partNumber: 3, etag: '"e3"' }),
    ]);
    const { unfinished } = await TransferJournal.open(d);
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0]?.uploadId).toBe('U1');
    expect([...(unfinished[0]?.parts ?? [])]).toEqual([
      [1, '"e1"'],
      [3, '"e3"'],
    ]);
  });

  it('drops finished jobs when it reopens', async () => {
    const d = await dir();
    const { journal } = await TransferJournal.open(d);
    await journal.record(jobEntry('done'));
    await journal.record({ t: 'end', id: 'done', state: 'succeeded' });
    await journal.record(jobEntry('open'));
    const { unfinished } = await TransferJournal.open(d);
    expect(unfinished.map((j) => j.job.id)).toEqual(['open']);
    expect(await readFile(join(d, 'transfers.jsonl'), 'utf8')).not.toContain('"done"');
  });

  it('survives a torn last line from a crash mid-append', async () => {
    const d = await dir();
    const { journal } = await TransferJournal.open(d);
    await journal.record(jobEntry('a'));
    await journal.record({ t: 'part', id: 'a', partNumber: 1, etag: '"e1"' });
    await appendFile(join(d, 'transfers.jsonl'), '{"t":"part","id":"a","partNum');
    const { unfinished, skipped } = await TransferJournal.open(d);
    expect(skipped).toBe(1);
    expect(unfinished[0]?.parts.size).toBe(1);
  });

  it('forgets the old parts when a job starts a new multipart upload', async () => {
    const d = await dir();
    const { journal } = await TransferJournal.open(d);
    await journal.record(jobEntry('a'));
    await journal.record({ t: 'multipart', id: 'a', uploadId: 'U1' });
    await journal.record({ t: 'part', id: 'a', partNumber: 1, etag: '"old"' });
    await journal.record({ t: 'multipart', id: 'a', uploadId: 'U2' });
    const jobs = await journal.read();
    expect(jobs.get('a')?.uploadId).toBe('U2');
    expect(jobs.get('a')?.parts.size).toBe(0);
  });

  it('keeps every line, in call order, when many are recorded at once', async () => {
    const d = await dir();
    const { journal } = await TransferJournal.open(d);
    await journal.record(jobEntry('a'));
    const parts = Array.from({ length: 300 }, (_, i) => i + 1);
    await Promise.all(
      parts.map((partNumber) =>
        journal.record({ t: 'part', id: 'a', partNumber, etag: `"e${partNumber}"` }),
      ),
    );
    const lines = (await readFile(join(d, 'transfers.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(301);
    const numbers = lines.slice(1).map((l) => (JSON.parse(l) as { partNumber: number }).partNumber);
    expect(numbers).toEqual(parts);
    const { unfinished } = await TransferJournal.open(d);
    expect(unfinished[0]?.parts.size).toBe(300);
  });

  it('refuses to record a malformed entry', async () => {
    const { journal } = await TransferJournal.open(await dir());
    expect(() => journal.record({ t: 'part', id: 'a', partNumber: 0, etag: 'x' })).toThrow();
  });
});
