import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SsoSource } from '../../../shared/domain/sso.js';

/**
 * A cached IAM Identity Center token, in the AWS CLI's own file and fields, so a sign-in here
 * serves `aws` too and the other way round.
 */
const cachedTokenSchema = z.object({
  startUrl: z.string(),
  region: z.string(),
  accessToken: z.string(),
  /** ISO 8601, as the AWS CLI writes it. */
  expiresAt: z.string(),
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
  registrationExpiresAt: z.string().optional(),
  refreshToken: z.string().optional(),
});
export type CachedSsoToken = z.infer<typeof cachedTokenSchema>;

/** `~/.aws/sso/cache/<sha1 of the sso-session name, or of the start URL>.json`. */
export function ssoCachePath(homeDir: string, source: SsoSource): string {
  const key = createHash('sha1')
    .update(source.sessionName ?? source.startUrl)
    .digest('hex');
  return join(homeDir, '.aws', 'sso', 'cache', `${key}.json`);
}

/** The cached token, or undefined when there is none or it is not one (it is then replaced). */
export async function readSsoToken(path: string): Promise<CachedSsoToken | undefined> {
  try {
    const parsed = cachedTokenSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole (a temporary file renamed over), readable by this user only, like the CLI's. */
export async function writeSsoToken(path: string, token: CachedSsoToken): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(token, null, 2), { mode: 0o600 });
  await rename(temporary, path);
}

export async function deleteSsoToken(path: string): Promise<void> {
  await rm(path, { force: true });
}
