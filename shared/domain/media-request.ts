import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { objectKeySchema } from './object-key.js';
import { versionIdSchema } from './object-versions.js';
import { profileIdSchema } from './profile.js';
import type { MediaRef } from './media-url.js';

const mediaRefSchema = z.object({
  profileId: profileIdSchema,
  bucket: bucketNameSchema,
  key: objectKeySchema,
  versionId: versionIdSchema.optional(),
});

/** Reads a media URL's query; an error names the parameter to fix. */
export function parseMediaQuery(
  params: URLSearchParams,
): { ok: true; ref: MediaRef } | { ok: false; message: string } {
  const parsed = mediaRefSchema.safeParse({
    profileId: params.get('profile') ?? '',
    bucket: params.get('bucket') ?? '',
    key: params.get('key') ?? '',
    versionId: params.get('version') ?? undefined,
  });
  if (parsed.success) return { ok: true, ref: parsed.data };
  const names: Record<string, string> = {
    profileId: 'profile',
    bucket: 'bucket',
    key: 'key',
    versionId: 'version',
  };
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  return { ok: false, message: `${names[field] ?? field}: ${issue?.message ?? 'is not valid'}` };
}
