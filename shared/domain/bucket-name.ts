import { z } from 'zod';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The rules a new bucket's name must follow, one message per rule and in the order people
 * meet them, so the first problem names the one rule that failed. Existing buckets are
 * addressed with the looser `bucketNameSchema`, as servers hold names created under older rules.
 */
export const newBucketNameSchema = z
  .string()
  .min(3, 'must be 3 to 63 characters')
  .max(63, 'must be 3 to 63 characters')
  .refine((name) => !/[A-Z]/.test(name), 'must be lowercase')
  .refine(
    (name) => /^[a-zA-Z0-9.-]*$/.test(name),
    'may only hold letters, digits, dots and hyphens',
  )
  .refine((name) => /^[a-z0-9]/i.test(name), 'must start with a letter or digit')
  .refine((name) => /[a-z0-9]$/i.test(name), 'must end with a letter or digit')
  .refine((name) => !name.includes('..'), 'must not hold two dots in a row')
  // Virtual-host addressing turns dots into DNS labels, which may not start or end with "-".
  .refine((name) => !/\.-|-\./.test(name), 'must not put a dot next to a hyphen')
  // Path-style and virtual-host URLs both break on names that read as an address.
  .refine((name) => !IPV4.test(name), 'must not look like an IP address');
