import { describe, expect, it } from 'vitest';
import { transfersChannels } from './transfers.js';

const ref = { profileId: 'abcdef', bucket: 'my-bucket' };

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((i) => i.path.map(String).join('.')) ?? [];
}

describe('transfers inputs', () => {
  const upload = transfersChannels['transfers.enqueueUpload'].input;
  const download = transfersChannels['transfers.enqueueDownload'].input;
  const pause = transfersChannels['transfers.pause'].input;
  const settings = transfersChannels['transfers.settings.set'].input;

  const grant = 'g'.repeat(32);

  it('takes grant ids, never local paths', () => {
    const ok = upload.safeParse({ ...ref, keyPrefix: '', grants: [grant] });
    expect(ok.success).toBe(true);
    expect(ok.data?.conflict).toBe('overwrite');
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

  it('refuses unknown fields', () => {
    expect(
      fieldsOf(upload.safeParse({ ...ref, keyPrefix: '', grants: [grant], overwrite: true })),
    ).toEqual(['']);
  });

  it('needs keys or a prefix to download, and asks on conflicts by default', () => {
    expect(fieldsOf(download.safeParse({ ...ref, destination: grant }))).toEqual(['keys']);
    const ok = download.safeParse({ ...ref, prefix: '', destination: grant });
    expect(ok.data?.conflict).toBe('ask');
    expect(fieldsOf(download.safeParse({ ...ref, prefix: 'p/', destination: '/tmp/x' }))).toEqual([
      'destination',
    ]);
  });

  it('addresses one job or all, nothing in between', () => {
    expect(pause.safeParse({ id: 'abcdef12-3456' }).success).toBe(true);
    expect(pause.safeParse({ all: true }).success).toBe(true);
    expect(pause.safeParse({ all: false }).success).toBe(false);
    expect(pause.safeParse({ id: '../../x' }).success).toBe(false);
    expect(pause.safeParse({}).success).toBe(false);
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
