import { z } from 'zod';

/** A bucket's versioning: never enabled ("Off"), on, or suspended (once on, never Off again). */
export const versioningStatusSchema = z.enum(['Off', 'Enabled', 'Suspended']);
export type VersioningStatus = z.infer<typeof versioningStatusSchema>;

/** What a person may set: S3 has no way back to Off. */
export const versioningChangeSchema = z.enum(['Enabled', 'Suspended']);
export type VersioningChange = z.infer<typeof versioningChangeSchema>;

/** MFA delete as GetBucketVersioning reports it; only ever shown, never set from here. */
export const mfaDeleteSchema = z.enum(['Enabled', 'Disabled']);
export type MfaDelete = z.infer<typeof mfaDeleteSchema>;

/** What versioning.get answers; `mfaDelete` is absent when the server does not report it. */
export const versioningStateSchema = z.object({
  status: versioningStatusSchema,
  mfaDelete: mfaDeleteSchema.optional(),
});
export type VersioningState = z.infer<typeof versioningStateSchema>;
