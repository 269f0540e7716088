import { describe, expect, it } from 'vitest';
import { transferTask } from '../core/transfers/test-support/transfer-task-records.js';
import type { TaskRecord } from '../../shared/domain/task.js';
import { noticeFor } from './transfer-notice.js';

const base = transferTask('task-0001', {
  spec: {
    kind: 'upload',
    profileId: 'p1',
    bucket: 'photos',
    keyPrefix: '2024/',
    grants: ['g'.repeat(32)],
    conflict: 'overwrite',
  },
  itemsDone: 1,
  transfer: { name: 'beach.jpg' },
});
const download: TaskRecord = {
  ...base,
  spec: {
    kind: 'download',
    profileId: 'p1',
    bucket: 'photos',
    keys: ['2024/beach.jpg'],
    destination: 'g'.repeat(32),
    conflict: 'ask',
  },
};

describe('transfer notices', () => {
  it('names the item and the bucket when an upload or a download finishes', () => {
    expect(noticeFor('running', { ...base, state: 'succeeded' })).toEqual({
      title: 'Upload finished',
      body: '“beach.jpg” uploaded to photos',
    });
    expect(noticeFor('running', { ...download, state: 'succeeded' })).toEqual({
      title: 'Download finished',
      body: '“beach.jpg” downloaded from photos',
    });
  });

  it('says the error when a task fails, shortened when long', () => {
    const error = { code: 'S3Error' as const, message: 'Connection reset by the server' };
    expect(noticeFor('running', { ...base, state: 'failed', error })).toEqual({
      title: 'Upload failed',
      body: '“beach.jpg”: Connection reset by the server',
    });
    const long = noticeFor('running', {
      ...base,
      state: 'failed',
      error: { code: 'S3Error', message: 'x'.repeat(5000) },
    });
    expect(long?.body.length).toBeLessThan(260);
  });

  it('gives a folder or a drop of several items one notice with its file count', () => {
    const folder = transferTask('t2', {
      spec: base.spec,
      state: 'succeeded',
      itemsDone: 12,
      itemsTotal: 12,
      transfer: { name: '2024' },
    });
    expect(noticeFor('running', folder)).toEqual({
      title: 'Folder upload finished',
      body: '“2024” (12 files) uploaded to photos',
    });
    const several = transferTask('t3', {
      state: 'succeeded',
      itemsDone: 3,
      itemsTotal: 3,
      transfer: { name: null, itemCount: 3 },
    });
    expect(noticeFor('running', several)).toEqual({
      title: 'Upload finished',
      body: '3 items (3 files) uploaded to b',
    });
    // A folder that failed while still being counted is still a folder.
    const counting = { ...folder, state: 'failed' as const, itemsTotal: null };
    expect(noticeFor('running', counting)?.title).toBe('Folder upload failed');
  });

  it('says nothing for states that are not an ending, or an ending already told', () => {
    for (const state of ['queued', 'running', 'waiting', 'paused', 'canceled'] as const)
      expect(noticeFor('running', { ...base, state }), state).toBeNull();
    expect(noticeFor('succeeded', { ...base, state: 'succeeded' })).toBeNull();
    expect(noticeFor(undefined, { ...base, state: 'succeeded' })).not.toBeNull();
  });
});
