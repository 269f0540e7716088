import { describe, expect, it } from 'vitest';
import { acceptedRange } from './media-stream.js';

describe('acceptedRange', () => {
  it('passes one range on as media elements send it', () => {
    expect(acceptedRange('bytes=0-')).toBe('bytes=0-');
    expect(acceptedRange('bytes=100-199')).toBe('bytes=100-199');
    expect(acceptedRange('bytes=-500')).toBe('bytes=-500');
  });

  it('serves the whole object for several ranges, other units or nonsense', () => {
    expect(acceptedRange(undefined)).toBeUndefined();
    expect(acceptedRange('bytes=0-1,5-9')).toBeUndefined();
    expect(acceptedRange('items=0-1')).toBeUndefined();
    expect(acceptedRange('bytes=9-1')).toBeUndefined();
    expect(acceptedRange('bytes=-')).toBeUndefined();
  });
});
