import { z } from 'zod';
import { objectKeySchema } from '../../domain/object-key.js';
import { versionIdSchema } from '../../domain/object-versions.js';
import {
  postPolicyOptionsSchema,
  presignedPostSchema,
  presignedUrlSchema,
  presignExpirySchema,
} from '../../domain/presign-request.js';
import { bucketRef } from './buckets.js';

/** Links and POST forms that let someone without the keys read or upload, for a while. */
export const presignChannels = {
  'presign.get': {
    input: z
      .object({
        ...bucketRef,
        key: objectKeySchema,
        /** A link to this version of the object rather than whatever is latest when used. */
        versionId: versionIdSchema.optional(),
        expiresInSeconds: presignExpirySchema,
        responseContentDisposition: z
          .string()
          .max(1024)
          .regex(/^[\x20-\x7e]*$/, 'must be printable ASCII')
          .optional(),
      })
      .strict(),
    output: presignedUrlSchema,
  },
  'presign.post': {
    input: postPolicyOptionsSchema.extend(bucketRef).strict(),
    output: presignedPostSchema,
  },
} as const;

export const presignEvents = {} as const;
