import { describe, expect, it } from 'vitest';
import { downloadTaskSpecSchema, uploadTaskSpecSchema } from '../../domain/transfer-task.js';
import { tasksChannels } from './tasks.js';
import { transfersChannels } from './transfers.js';

const ref = { profileId: 'abcdef', bucket: 'my-bucket' };

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((i) => i.path.map(String).join('.')) ?? [];
}

describe('transfer inputs', () => {
  const start = tasksChannels['tasks.start'].input;
  // The branches tasks.start takes for the two kinds; the dispatcher names their fields.
  const upload = {
    safeParse: (input: Record<string, unknown>) =>
      uploadTaskSpecSchema.safeParse({ kind: 'upload', ...input }),
  };
  const download = {
    safeParse: (input: Record<string, unknown>) =>
      downloadTaskSpecSchema.safeParse({ kind: 'download', ...input }),
  };
  const answer = tasksChannels['tasks.answer'].input;
  const openFile = transfersChannels['transfers.openFile'].input;
  const settings = transfersChannels['transfers.settings.set'].input;

  const grant = 'g'.repeat(32);

  it('takes grant ids, never local paths', () => {
    const ok = upload.safeParse({ ...ref, keyPrefix: '', grants: [grant] });
    expect(ok.success).toBe(true);
    expect(ok.data).toMatchObject({ kind: 'upload', conflict: 'overwrite' });
    for (const path of ['/home/me/a', 'C:\\Users\\me', 'rel/a', '/a\0b'])
      expect(fieldsOf(upload.safeParse({ ...ref, keyPrefix: '', grants: [path] })), path).toEqual([
        'grants.0',
      ]);
    expect(fieldsOf(upload.safeParse({ ...ref, keyPrefix: '', grants: [] }))).toEqual(['grants']);
    // The old path field is an unknown field now.
    expect(fieldsOf(upload.safeParse({ ...ref, keyPrefix: '', paths: ['/home/me/a'] }))).toEqual([
      'grants',
      '',
    ]);
  });

  it('starts both kinds through tasks.start', () => {
    expect(
      start.safeParse({ kind: 'upload', ...ref, keyPrefix: '', grants: [grant] }).success,
    ).toBe(true);
    expect(
      start.safeParse({ kind: 'download', ...ref, keys: ['a'], destination: grant }).success,
    ).toBe(true);
    expect(start.safeParse({ kind: 'download', ...ref, destination: grant }).success).toBe(false);
  });

  it('refuses unknown fields', () => {
    expect(
      fieldsOf(upload.safeParse({ ...ref, keyPrefix: '', grants: [grant], overwrite: true })),
    ).toEqual(['']);
  });

  it('needs keys or a prefix to download, and asks on conflicts by default', () => {
    expect(fieldsOf(download.safeParse({ ...ref, destination: grant }))).toEqual(['keys']);
    const ok = download.safeParse({ ...ref, prefix: '', destination: grant });
    expect(ok.data).toMatchObject({ kind: 'download', conflict: 'ask' });
    expect(fieldsOf(download.safeParse({ ...ref, prefix: 'p/', destination: '/tmp/x' }))).toEqual([
      'destination',
    ]);
  });

  it('answers a question of one task, for one file unless told to apply to all', () => {
    const id = 'abcdef12-3456';
    expect(answer.parse({ id, choice: 'skip' })).toEqual({ id, choice: 'skip', applyToAll: false });
    expect(fieldsOf(answer.safeParse({ id, choice: 'ask' }))).toEqual(['choice']);
    expect(fieldsOf(answer.safeParse({ id: '../../x', choice: 'skip' }))).toEqual(['id']);
  });

  it('opens a download by its task id, never by a path', () => {
    expect(openFile.safeParse({ id: 'abcdef12-3456' }).success).toBe(true);
    expect(fieldsOf(openFile.safeParse({ id: '/home/me/a.txt' }))).toEqual(['id']);
    expect(fieldsOf(openFile.safeParse({ id: 'abcdef12-3456', path: '/a' }))).toEqual(['']);
  });

  it('takes partial settings within bounds; null switches the bandwidth limit off', () => {
    expect(settings.safeParse({ concurrency: 5 }).success).toBe(true);
    expect(settings.safeParse({ bandwidthLimitBytesPerSec: null }).success).toBe(true);
    expect(fieldsOf(settings.safeParse({ concurrency: 0 }))).toEqual(['concurrency']);
    expect(fieldsOf(settings.safeParse({ bandwidthLimitBytesPerSec: 10 }))).toEqual([
      'bandwidthLimitBytesPerSec',
    ]);
  });
});
