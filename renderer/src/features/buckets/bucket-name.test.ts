import { describe, expect, it } from 'vitest';
import { newBucketNameProblem, regionProblem } from './bucket-name.js';

describe('newBucketNameProblem', () => {
  it('accepts valid names', () => {
    for (const name of ['my-bucket.2024', 'abc', '0-9', 'a'.repeat(63), 'logs.example.com']) {
      expect(newBucketNameProblem(name), name).toBeUndefined();
    }
  });

  // One case per rule: the message names that rule and no other.
  it.each([
    ['ab', 'Name must be 3 to 63 characters'],
    ['a'.repeat(64), 'Name must be 3 to 63 characters'],
    ['MyBucket', 'Name must be lowercase'],
    ['Has_Upper', 'Name must be lowercase'],
    ['my_bucket', 'Name may only hold letters, digits, dots and hyphens'],
    ['my bucket', 'Name may only hold letters, digits, dots and hyphens'],
    ['-bucket', 'Name must start with a letter or digit'],
    ['.bucket', 'Name must start with a letter or digit'],
    ['bucket-', 'Name must end with a letter or digit'],
    ['bucket.', 'Name must end with a letter or digit'],
    ['a..b', 'Name must not hold two dots in a row'],
    ['a.-b', 'Name must not put a dot next to a hyphen'],
    ['a-.b', 'Name must not put a dot next to a hyphen'],
    ['192.168.1.10', 'Name must not look like an IP address'],
  ])('%s: %s', (name, message) => {
    expect(newBucketNameProblem(name)).toBe(message);
  });

  it('names the length rule before any other for a short name', () => {
    expect(newBucketNameProblem('-')).toBe('Name must be 3 to 63 characters');
  });
});

describe('regionProblem', () => {
  it('allows an empty region and zonegroup placements', () => {
    expect(regionProblem('')).toBeUndefined();
    expect(regionProblem('default:placement')).toBeUndefined();
  });

  it('refuses spaces and capitals', () => {
    expect(regionProblem('EU West')).toMatch(/^Region may only hold/);
  });
});
