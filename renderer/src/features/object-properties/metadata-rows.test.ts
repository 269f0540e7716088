import { describe, expect, it } from 'vitest';
import { checkMetadata, hasProblems, metadataRecord, metadataRows } from './metadata-rows.js';

const rows = (...pairs: [string, string][]) =>
  pairs.map(([name, value], i) => ({ id: i + 1, name, value }));

describe('checkMetadata', () => {
  it('accepts letters, digits, - _ . names and printable values', () => {
    const problems = checkMetadata(rows(['Owner', 'ada'], ['build_id-2.x', 'v1 (beta)']));
    expect(hasProblems(problems)).toBe(false);
  });

  it('names each bad row: empty name, spaces or colons, non-ASCII values', () => {
    const problems = checkMetadata(rows(['', 'x'], ['has space', 'x'], ['a:b', 'x'], ['ok', 'é']));
    expect([...problems.names]).toEqual([
      [1, 'required'],
      [2, 'characters'],
      [3, 'characters'],
    ]);
    expect([...problems.values]).toEqual([[4, 'characters']]);
  });

  it('refuses a name repeated in another case, which S3 would merge', () => {
    const problems = checkMetadata(rows(['Owner', 'a'], ['owner', 'b']));
    expect([...problems.names]).toEqual([[2, 'duplicate']]);
  });

  it('counts names and values against the 2 KB total', () => {
    expect(checkMetadata(rows(['k', 'v'.repeat(2047)])).overBy).toBe(0);
    expect(checkMetadata(rows(['k', 'v'.repeat(2048)])).overBy).toBe(1);
    expect(checkMetadata(rows(['n'.repeat(129), 'v'])).names.get(1)).toBe('tooLong');
  });
});

describe('metadata rows and records', () => {
  it('round-trips, sorted, with names lower-cased and trimmed as S3 stores them', () => {
    expect(metadataRows({ b: '2', a: '1' })).toEqual(rows(['a', '1'], ['b', '2']));
    expect(metadataRecord(rows([' Owner ', 'ada']))).toEqual({ owner: 'ada' });
  });
});
