import { describe, expect, it } from 'vitest';
import { job } from '../../shared/domain/test-jobs.js';
import { noticeFor } from './transfer-notice.js';

const base = job('job-0001', { bucket: 'photos', key: '2024/beach.jpg' });

describe('transfer notices', () => {
  it('names the object and the bucket when an upload or a download finishes', () => {
    expect(noticeFor('running', { ...base, state: 'succeeded' })).toEqual({
      title: 'Upload finished',
      body: '“beach.jpg” uploaded to photos',
    });
    expect(noticeFor('running', { ...base, direction: 'download', state: 'succeeded' })).toEqual({
      title: 'Download finished',
      body: '“beach.jpg” downloaded from photos',
    });
  });

  it('says the error when a job fails, shortened when long', () => {
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

  it('gives a folder job one notice naming the folder and its file count', () => {
    expect(
      noticeFor('running', {
        ...base,
        kind: 'folder',
        key: 'albums/2024/',
        filesDone: 12,
        state: 'succeeded',
      }),
    ).toEqual({ title: 'Folder upload finished', body: '“2024” (12 files) uploaded to photos' });
    expect(
      noticeFor('running', { ...base, kind: 'folder', key: '', filesDone: 1, state: 'succeeded' })
        ?.body,
    ).toBe('“photos” (1 file) uploaded to photos');
  });

  it('says nothing for states that are not an ending, or an ending already told', () => {
    for (const state of ['queued', 'running', 'paused', 'canceled'] as const)
      expect(noticeFor('running', { ...base, state }), state).toBeNull();
    expect(noticeFor('succeeded', { ...base, state: 'succeeded' })).toBeNull();
    expect(noticeFor(undefined, { ...base, state: 'succeeded' })).not.toBeNull();
  });
});
