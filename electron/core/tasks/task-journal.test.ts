import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaskJournal } from './task-journal.js';
import { folderSpec, journalDir } from './test-support/scheduler-harness.js';

const createdAt = '2026-12-06T00:00:00.000Z';

describe('TaskJournal', () => {
  it('drops ended tasks when it reopens and keeps the others with their last counts', async () => {
    const dir = await journalDir();
    const { journal } = await TaskJournal.open(dir);
    await journal.record({ t: 'task', id: 'ended-task', spec: folderSpec('a/'), createdAt });
    await journal.record({ t: 'end', id: 'ended-task', state: 'succeeded' });
    await journal.record({ t: 'task', id: 'open-task1', spec: folderSpec('b/'), createdAt });
    const progress = { problems: [], problemCount: 0, bytesDone: 0 };
    await journal.record({ t: 'progress', id: 'open-task1', itemsDone: 10, ...progress });
    await journal.record({ t: 'progress', id: 'open-task1', itemsDone: 25, ...progress });
    await journal.record({ t: 'hold', id: 'open-task1', paused: true });

    const { unfinished } = await TaskJournal.open(dir);
    expect(unfinished).toMatchObject([{ id: 'open-task1', itemsDone: 25, paused: true }]);
    const text = await readFile(join(dir, 'tasks.jsonl'), 'utf8');
    expect(text).not.toContain('ended-task');
    expect(text.trim().split('\n')).toHaveLength(3);
  });

  it('brings a retried task back and skips a torn last line', async () => {
    const dir = await journalDir();
    const { journal } = await TaskJournal.open(dir);
    await journal.record({ t: 'task', id: 'retried-1', spec: folderSpec('a/'), createdAt });
    await journal.record({ t: 'end', id: 'retried-1', state: 'failed' });
    await journal.record({ t: 'retry', id: 'retried-1' });
    await appendFile(join(dir, 'tasks.jsonl'), '{"t":"end","id":"retried-1","sta');
    const { unfinished, skipped } = await TaskJournal.open(dir);
    expect(skipped).toBe(1);
    expect(unfinished.map((t) => t.id)).toEqual(['retried-1']);
  });

  it('refuses a line whose spec the contract would refuse', async () => {
    const { journal } = await TaskJournal.open(await journalDir());
    const spec = { ...folderSpec('a/'), prefix: '' };
    expect(() => journal.record({ t: 'task', id: 'bad-spec1', spec, createdAt })).toThrow();
  });
});
