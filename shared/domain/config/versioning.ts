import { z } from 'zod';

/** A bucket's versioning: never enabled ("Off"), on, or suspended (once on, never Off again). */
export const versioningStatusSchema = z.enum(['Off', 'Enabled', 'Suspended']);
export type VersioningStatus = z.infer<typeof versioningStatusSchema>;

/** What a person may set: S3 has no way back to Off. */
export const versioningChangeSchema = z.enum(['Enabled', 'Suspended']);
export type VersioningChange = z.infer<typeof versioningChangeSchema>;
