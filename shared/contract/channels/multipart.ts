import { z } from 'zod';
import {
  cacheControlSchema,
  contentTypeSchema,
  copyConditionsSchema,
  objectLocationSchema,
  storageClassSchema,
  userMetadataSchema,
} from '../../domain/copy-request.js';
import {
  byteRangeSchema,
  completedPartsSchema,
  completedUploadSchema,
  partCopyResultSchema,
  partNumberSchema,
  partPageSchema,
  partSourceSchema,
  uploadIdSchema,
  uploadPageSchema,
} from '../../domain/multipart-upload.js';
import { keyPrefixSchema, objectKeySchema } from '../../domain/object-key.js';
import { bucketRef } from './buckets.js';
import { none } from './profiles.js';

const objectRef = { ...bucketRef, key: objectKeySchema };
const uploadRef = { ...objectRef, uploadId: uploadIdSchema };

/** S3's multipart uploads, one channel per operation: the transfer engine's building blocks. */
export const multipartChannels = {
  'multipart.create': {
    input: z
      .object({
        ...objectRef,
        contentType: contentTypeSchema.optional(),
        cacheControl: cacheControlSchema.optional(),
        metadata: userMetadataSchema.optional(),
        storageClass: storageClassSchema.optional(),
      })
      .strict(),
    output: z.object({ uploadId: z.string() }),
  },
  'multipart.uploadPart': {
    input: z
      .object({ ...uploadRef, partNumber: partNumberSchema, source: partSourceSchema })
      .strict(),
    output: z.object({ etag: z.string() }),
  },
  'multipart.uploadPartCopy': {
    input: z
      .object({
        ...uploadRef,
        partNumber: partNumberSchema,
        source: objectLocationSchema,
        range: byteRangeSchema.optional(),
        conditions: copyConditionsSchema.optional(),
      })
      .strict(),
    output: partCopyResultSchema,
  },
  'multipart.complete': {
    input: z.object({ ...uploadRef, parts: completedPartsSchema }).strict(),
    output: completedUploadSchema,
  },
  'multipart.abort': { input: z.object(uploadRef).strict(), output: none },
  'multipart.listParts': {
    input: z
      .object({
        ...uploadRef,
        partNumberMarker: z.string().max(16).optional(),
        maxParts: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: partPageSchema,
  },
  'multipart.listUploads': {
    input: z
      .object({
        ...bucketRef,
        prefix: keyPrefixSchema.optional(),
        keyMarker: keyPrefixSchema.optional(),
        uploadIdMarker: uploadIdSchema.optional(),
        maxUploads: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: uploadPageSchema,
  },
} as const;

export const multipartEvents = {} as const;
