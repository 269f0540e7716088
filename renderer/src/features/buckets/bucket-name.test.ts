import { describe, expect, it } from 'vitest';
import { newBucketNameProblem, regionProblem } from './bucket-name.js';

describe('newBucketNameProblem', () => {
  it('accepts a valid name', () => {
    expect(newBucketNameProblem('my-bucket.2024')).toBeUndefined();
  });

  it('names the broken rule in a sentence', () => {
    expect(newBucketNameProblem('ab')).toBe('Name must be 3 to 63 characters');
    expect(newBucketNameProblem('Has_Upper')).toBe(
      'Name may hold lowercase letters, digits, dots and hyphens',
    );
    expect(newBucketNameProblem('a..b')).toBe('Name must not hold two dots in a row');
    expect(newBucketNameProblem('192.168.1.10')).toBe('Name must not look like an IP address');
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
