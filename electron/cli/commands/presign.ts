import type { CliSession } from '../cli-session.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';

export async function presign(
  session: CliSession,
  out: Output,
  where: S3Location,
  expiresInSeconds: number,
): Promise<void> {
  const signed = await session.call('presign.get', {
    profileId: session.profileId,
    bucket: where.bucket,
    key: where.key,
    expiresInSeconds,
  });
  out.result(signed, (s) => [s.url]);
}
