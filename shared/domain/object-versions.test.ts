import { describe, expect, it } from 'vitest';
import { instantSchema, versionCursorSchema, versionIdSchema } from './object-versions.js';
import { downloadTaskSpecSchema } from './transfer-task.js';

describe('versionIdSchema', () => {
  it('takes the ids servers hand out, "null" included', () => {
    for (const id of ['null', '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY', 'a.b_c-d~e']) {
      expect(versionIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('refuses empty, over-long and control-character ids with a reason', () => {
    for (const id of ['', 'x'.repeat(1025), 'line\nbreak']) {
      const parsed = versionIdSchema.safeParse(id);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/empty|control|1,024/);
    }
  });
});

describe('instantSchema', () => {
  it('takes ISO times with a zone and refuses local or impossible ones', () => {
    expect(instantSchema.safeParse('2026-03-01T12:00:00Z').success).toBe(true);
    expect(instantSchema.safeParse('2026-03-01T12:00:00+08:00').success).toBe(true);
    expect(instantSchema.safeParse('2026-03-01T12:00:00').success).toBe(false);
    expect(instantSchema.safeParse('2026-02-30T12:00:00Z').success).toBe(false);
    expect(instantSchema.safeParse('yesterday').success).toBe(false);
  });
});

describe('versionCursorSchema', () => {
  it('needs a key marker and takes no unknown fields', () => {
    expect(versionCursorSchema.safeParse({ keyMarker: 'a', versionIdMarker: 'v' }).success).toBe(
      true,
    );
    expect(versionCursorSchema.safeParse({ versionIdMarker: 'v' }).success).toBe(false);
    expect(versionCursorSchema.safeParse({ keyMarker: 'a', token: 'x' }).success).toBe(false);
  });
});

describe('a download task with a version', () => {
  const base = {
    kind: 'download',
    profileId: 'profile-1',
    bucket: 'bucket',
    destination: 'g'.repeat(32),
  };
  it('takes a version of exactly one key, and refuses it with several keys or a prefix', () => {
    expect(
      downloadTaskSpecSchema.safeParse({ ...base, keys: ['a'], versionId: 'v1' }).success,
    ).toBe(true);
    for (const bad of [
      { ...base, keys: ['a', 'b'], versionId: 'v1' },
      { ...base, keys: ['a'], prefix: 'p/', versionId: 'v1' },
    ]) {
      const parsed = downloadTaskSpecSchema.safeParse(bad);
      expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('versionId');
    }
  });
});
