import { describe, expect, it } from 'vitest';
import { checkPresignExpiry } from './presign-rules.js';

describe('checkPresignExpiry', () => {
  it('accepts 1 second to 7 days', () => {
    expect(() => checkPresignExpiry(1)).not.toThrow();
    expect(() => checkPresignExpiry(604_800)).not.toThrow();
  });

  it('refuses more than 7 days as InvalidInput that names the limit', () => {
    expect(() => checkPresignExpiry(604_801)).toThrow(/7 days/);
    expect(() => checkPresignExpiry(604_801)).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
    expect(() => checkPresignExpiry(0)).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
  });
});
