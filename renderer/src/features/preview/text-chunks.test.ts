import { describe, expect, it } from 'vitest';
import { base64ToBytes, createChunkDecoder, nextRange, prettyJson } from './text-chunks.js';

describe('nextRange', () => {
  it('reads chunk by chunk up to the last byte, then stops', () => {
    expect(nextRange(0, 1000, 400)).toEqual({ start: 0, end: 399 });
    expect(nextRange(800, 1000, 400)).toEqual({ start: 800, end: 999 });
    expect(nextRange(1000, 1000, 400)).toBeNull();
    expect(nextRange(0, 0, 400)).toBeNull();
  });
});

describe('createChunkDecoder', () => {
  it('keeps a multi-byte character cut at a chunk edge whole', () => {
    const bytes = new TextEncoder().encode('a€b😀c');
    // Cut inside € (3 bytes) and inside 😀 (4 bytes).
    const cuts = [2, 6, bytes.length];
    const decode = createChunkDecoder();
    let text = '';
    let from = 0;
    for (const cut of cuts) {
      text += decode(bytes.subarray(from, cut), cut === bytes.length);
      from = cut;
    }
    expect(text).toBe('a€b😀c');
  });

  it('shows a truncated character at the very end as a replacement, not silence', () => {
    const bytes = new TextEncoder().encode('x€');
    expect(createChunkDecoder()(bytes.subarray(0, 2), true)).toBe('x\uFFFD');
  });
});

describe('base64ToBytes and prettyJson', () => {
  it('decode what the contract sends and indent JSON that parses', () => {
    expect([...base64ToBytes('AP8Q')]).toEqual([0, 255, 16]);
    expect(prettyJson('{"a":[1,2]}')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(prettyJson('{"a":')).toBeNull();
  });
});
