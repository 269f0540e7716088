import { describe, expect, it } from 'vitest';
import { newBucketNameSchema } from './bucket-name.js';

const accepts = (name: string) => newBucketNameSchema.safeParse(name).success;

describe('newBucketNameSchema', () => {
  it('accepts 3 to 63 lowercase letters, digits, dots and hyphens', () => {
    for (const name of ['abc', 'my-bucket.2024', 'a1b', 'x'.repeat(63), '1.2.3']) {
      expect(accepts(name), name).toBe(true);
    }
  });

  it('refuses bad length, characters and ends', () => {
    for (const name of [
      'ab',
      'x'.repeat(64),
      'My-Bucket',
      'under_score',
      '-abc',
      'abc-',
      '.abc',
      'abc.',
    ]) {
      expect(accepts(name), name).toBe(false);
    }
  });

  it('refuses two dots in a row and names that read as an IP address', () => {
    expect(accepts('a..b')).toBe(false);
    expect(accepts('192.168.5.4')).toBe(false);
    const issue = newBucketNameSchema.safeParse('10.0.0.1').error?.issues[0];
    expect(issue?.message).toBe('must not look like an IP address');
  });
});
