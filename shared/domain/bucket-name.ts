import { bucketNameSchema } from './listing.js';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The rules a new bucket's name must follow. Existing buckets are addressed with the looser
 * `bucketNameSchema`, as servers hold names created under older rules.
 */
export const newBucketNameSchema = bucketNameSchema
  .refine((name) => !name.includes('..'), 'must not hold two dots in a row')
  // Path-style and virtual-host URLs both break on names that read as an address.
  .refine((name) => !IPV4.test(name), 'must not look like an IP address');
