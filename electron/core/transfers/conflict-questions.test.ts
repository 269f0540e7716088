import { describe, expect, it } from 'vitest';
import { ConflictQuestions, joinBatch } from './conflict-questions.js';
import { newTask } from './file-task.js';
import { JobRecord } from './transfer-job-record.js';

function fileJob(key: string): JobRecord {
  const task = newTask({ key, localPath: `/tmp/${key}`, size: 1, fingerprint: 'mtime:1' });
  return new JobRecord(
    {
      id: task.journalId,
      direction: 'upload',
      profileId: 'p',
      bucket: 'b',
      key,
      localPath: task.localPath,
      conflictPolicy: 'ask',
      bytesTotal: 1,
    },
    { kind: 'file', task },
    1000,
    () => undefined,
  );
}

const live = new AbortController().signal;

describe('ConflictQuestions', () => {
  it('"apply to all" answers the other waiting jobs of the batch and the ones still to ask', async () => {
    const emitted: string[] = [];
    const questions = new ConflictQuestions((job) => emitted.push(job.id));
    const [a, b, c] = [fileJob('up/a'), fileJob('up/b'), fileJob('up/c')] as const;
    joinBatch([a, b, c], 'up/');
    const first = questions.ask(a, 'up/a', null, live);
    const second = questions.ask(b, 'up/b', null, live);
    // Both wait, each says the answer can reach others.
    await Promise.resolve();
    expect(a.snap.conflict).toEqual({ key: 'up/a', localPath: null, coversOthers: true });
    expect(b.snap.conflict?.coversOthers).toBe(true);
    questions.resolve(a, 'keepBoth', true);
    expect(await first).toBe('keepBoth');
    expect(await second).toBe('keepBoth');
    expect(await questions.ask(c, 'up/c', null, live)).toBe('keepBoth');
    expect([a, b, c].map((j) => [j.snap.conflictPolicy, j.snap.conflict])).toEqual([
      ['keepBoth', null],
      ['keepBoth', null],
      ['keepBoth', null],
    ]);
  });

  it('an answer for one leaves the others asking; a lone file offers no "apply to all"', async () => {
    const questions = new ConflictQuestions(() => undefined);
    const [a, b] = [fileJob('x/a'), fileJob('x/b')] as const;
    joinBatch([a, b], 'x/');
    const first = questions.ask(a, 'x/a', null, live);
    const second = questions.ask(b, 'x/b', null, live);
    await Promise.resolve();
    questions.resolve(a, 'skip', false);
    expect(await first).toBe('skip');
    expect(b.snap.conflict?.key).toBe('x/b');
    expect(b.snap.conflictPolicy).toBe('ask');
    questions.resolve(b, 'overwrite', false);
    expect(await second).toBe('overwrite');

    const lone = fileJob('y/a');
    const asked = questions.ask(lone, 'y/a', null, live);
    await Promise.resolve();
    expect(lone.snap.conflict?.coversOthers).toBe(false);
    expect(() => questions.resolve(a, 'skip', false)).toThrow(/not waiting/);
    questions.resolve(lone, 'skip', false);
    expect(await asked).toBe('skip');
  });
});
