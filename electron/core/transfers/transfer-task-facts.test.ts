import { describe, expect, it } from 'vitest';
import { job } from '../../../shared/domain/test-jobs.js';
import type { DownloadTaskSpec } from '../../../shared/domain/transfer-task.js';
import { downloadFacts, factsOfLegacyJob, NO_GRANT, uploadFacts } from './transfer-task-facts.js';
import { uploadTaskFacts } from './test-support/transfer-task-records.js';

const grant = 'g'.repeat(32);
const download = (items: Partial<DownloadTaskSpec>): DownloadTaskSpec => ({
  kind: 'download',
  profileId: 'p1',
  bucket: 'photos',
  destination: grant,
  conflict: 'ask',
  ...items,
});

describe('what a transfer task shows of its request', () => {
  it('names the one item of an upload, and nothing for several', () => {
    const { spec } = uploadTaskFacts('t');
    if (spec.kind !== 'upload') throw new Error('an upload was expected');
    expect(uploadFacts('t1', spec, ['/home/me/trip'])).toMatchObject({
      name: 'trip',
      localPath: '/home/me/trip',
      itemCount: 1,
    });
    expect(uploadFacts('t2', spec, ['/home/me/a.jpg', '/home/me/b'])).toMatchObject({
      name: null,
      localPath: null,
      itemCount: 2,
    });
  });

  it('names a download by its key’s or folder’s last segment, the bucket for all of it', () => {
    const named = (items: Partial<DownloadTaskSpec>) =>
      downloadFacts('t', download(items), '/d', []).name;
    expect(named({ keys: ['2024/trip/a.jpg'] })).toBe('a.jpg');
    expect(named({ prefix: '2024/trip/' })).toBe('trip');
    expect(named({ prefix: '' })).toBe('photos');
    expect(named({ keys: ['a.jpg'], prefix: 'b/' })).toBeNull();
    const several = downloadFacts('t', download({ keys: ['a', 'b'], prefix: 'c/' }), '/d', [
      { key: 'x/..', reason: 'climbs out' },
    ]);
    expect(several).toMatchObject({ itemCount: 3, localPath: '/d', refused: [{ key: 'x/..' }] });
  });

  it('makes a job from an older journal a task of its own, naming no grant', () => {
    const up = factsOfLegacyJob(job('0f9d6c1e-5b7a-4c1d', { key: 'in/deep/a.bin' }));
    expect(up).toMatchObject({
      id: '0f9d6c1e-5b7a-4c1d',
      spec: { kind: 'upload', keyPrefix: 'in/deep/', grants: [NO_GRANT] },
      name: 'a.bin',
      itemCount: 1,
    });
    const folder = factsOfLegacyJob(
      job('0f9d6c1e-5b7a-4c1e', { direction: 'download', kind: 'folder', key: 'in/trip/' }),
    );
    expect(folder.spec).toMatchObject({
      kind: 'download',
      prefix: 'in/trip/',
      destination: NO_GRANT,
    });
    expect(folder.name).toBe('trip');
  });
});
