import { describe, expect, it } from 'vitest';
import { bucketChannels } from './buckets.js';
import { objectChannels } from './objects.js';

const ref = { profileId: 'abcdef', bucket: 'my-bucket' };
const MiB = 1024 * 1024;

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((i) => i.path.map(String).join('.')) ?? [];
}

describe('objects.read input', () => {
  const read = objectChannels['objects.read'].input;

  it('takes a range of up to 1 MiB', () => {
    expect(read.safeParse({ ...ref, key: 'k', start: 10, end: 10 + MiB - 1 }).success).toBe(true);
    expect(read.safeParse({ ...ref, key: 'k' }).success).toBe(true);
  });

  it('refuses larger or backwards ranges, naming end', () => {
    expect(fieldsOf(read.safeParse({ ...ref, key: 'k', start: 0, end: MiB }))).toEqual(['end']);
    expect(fieldsOf(read.safeParse({ ...ref, key: 'k', start: 5, end: 4 }))).toEqual(['end']);
  });
});

describe('object keys', () => {
  const head = objectChannels['objects.head'].input;

  it('counts UTF-8 bytes, not characters, against 1,024', () => {
    expect(head.safeParse({ ...ref, key: 'a'.repeat(1024) }).success).toBe(true);
    expect(fieldsOf(head.safeParse({ ...ref, key: 'é'.repeat(513) }))).toEqual(['key']);
    expect(fieldsOf(head.safeParse({ ...ref, key: '' }))).toEqual(['key']);
  });
});

describe('objects.put input', () => {
  const put = objectChannels['objects.put'].input;
  const base = { ...ref, key: 'k', source: { kind: 'text', text: 'hi' } };

  it('takes header-safe metadata', () => {
    expect(put.safeParse({ ...base, metadata: { 'x-note_1': 'plain text' } }).success).toBe(true);
  });

  it('refuses metadata names or values a header cannot carry', () => {
    expect(fieldsOf(put.safeParse({ ...base, metadata: { 'bad name': 'v' } }))).toEqual([
      'metadata.bad name',
    ]);
    expect(fieldsOf(put.safeParse({ ...base, metadata: { note: 'naïve' } }))).toEqual([
      'metadata.note',
    ]);
    expect(put.safeParse({ ...base, metadata: { A: '1', a: '2' } }).success).toBe(false);
  });

  it('reads local files only through a grant, never a path', () => {
    expect(
      put.safeParse({ ...base, source: { kind: 'file', grant: 'g'.repeat(32) } }).success,
    ).toBe(true);
    expect(
      fieldsOf(put.safeParse({ ...base, source: { kind: 'file', grant: '/etc/passwd' } })),
    ).toEqual(['source.grant']);
    expect(put.safeParse({ ...base, source: { kind: 'file', path: '/etc/passwd' } }).success).toBe(
      false,
    );
  });

  it('caps text at 1 MiB of UTF-8 and storage classes at the portable two', () => {
    const big = { ...base, source: { kind: 'text', text: 'é'.repeat(MiB / 2 + 1) } };
    expect(fieldsOf(put.safeParse(big))).toEqual(['source.text']);
    expect(put.safeParse({ ...base, storageClass: 'GLACIER' }).success).toBe(false);
    expect(put.safeParse({ ...base, storageClass: 'REDUCED_REDUNDANCY' }).success).toBe(true);
  });
});

describe('buckets.create input', () => {
  const create = bucketChannels['buckets.create'].input;

  it('validates the new name, region and canned ACL', () => {
    expect(create.safeParse({ ...ref, region: 'us-east-1', acl: 'public-read' }).success).toBe(
      true,
    );
    expect(fieldsOf(create.safeParse({ ...ref, bucket: 'a..b' }))).toEqual(['bucket']);
    expect(fieldsOf(create.safeParse({ ...ref, acl: 'everyone' }))).toEqual(['acl']);
  });
});
