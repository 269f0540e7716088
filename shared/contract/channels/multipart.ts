import { z } from 'zod';
import {
  operationIdSchema,
  prefixCopyResultSchema,
  prefixIfExistsSchema,
  prefixLocationSchema,
  prefixProgressSchema,
} from '../../domain/copy-prefix.js';
import {
  cacheControlSchema,
  contentTypeSchema,
  copyConditionsSchema,
  copyOptionsSchema,
  copyResultSchema,
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
import {
  postPolicyOptionsSchema,
  presignedPostSchema,
  presignedUrlSchema,
  presignExpirySchema,
} from '../../domain/presign-request.js';
import { versionIdSchema } from '../../domain/object-versions.js';
import { profileIdSchema } from '../../domain/profile.js';
import { bucketRef } from './buckets.js';
import { none } from './profiles.js';

const objectRef = { ...bucketRef, key: objectKeySchema };
const uploadRef = { ...objectRef, uploadId: uploadIdSchema };

const copyInput = z
  .object({
    profileId: profileIdSchema,
    source: objectLocationSchema,
    target: objectLocationSchema,
    options: copyOptionsSchema.optional(),
  })
  .strict();

const prefixInput = z
  .object({
    profileId: profileIdSchema,
    source: prefixLocationSchema,
    target: prefixLocationSchema,
    /** Chosen by the caller so it can match the progress events to this call. */
    operationId: operationIdSchema,
    /** Target keys that already exist are replaced (the default) or left alone. */
    ifExists: prefixIfExistsSchema.optional(),
  })
  .strict();

/**
 * Copy, move, multipart and presigning. The objects.* copy channels live here with the
 * multipart ones they build on.
 */
export const multipartChannels = {
  'objects.copy': { input: copyInput, output: copyResultSchema },
  /** Copy, then delete the source: S3's rename. */
  'objects.move': { input: copyInput, output: copyResultSchema },
  'objects.copyPrefix': { input: prefixInput, output: prefixCopyResultSchema },
  'objects.movePrefix': { input: prefixInput, output: prefixCopyResultSchema },
  /**
   * Asks a running copyPrefix/movePrefix to start no further keys: it finishes the ones in
   * flight (a move deletes their sources) and answers with canceled: true.
   */
  'objects.stopPrefix': {
    input: z.object({ operationId: operationIdSchema }).strict(),
    output: z.object({ stopping: z.boolean() }),
  },

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

  'presign.get': {
    input: z
      .object({
        ...objectRef,
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

export const multipartEvents = {
  'objects.prefixProgress': prefixProgressSchema,
} as const;
