import type { CopyObjectCommand } from '@aws-sdk/client-s3';
import type { CopyConditions } from '../../../../shared/domain/copy-request.js';

const legacyHeaders = {
  ifMatch: 'x-amz-copy-if-match',
  ifNoneMatch: 'x-amz-copy-if-none-match',
  ifModifiedSince: 'x-amz-copy-if-modified-since',
  ifUnmodifiedSince: 'x-amz-copy-if-unmodified-since',
} as const satisfies Record<keyof CopyConditions, string>;

const isDate = (name: keyof CopyConditions): boolean =>
  name === 'ifModifiedSince' || name === 'ifUnmodifiedSince';

/**
 * Also sends the conditions under the header names Ceph RGW reads, so it checks them
 * atomically with the copy instead of ignoring them. Added before signing, so signed.
 */
export function addLegacyCopyConditions(
  command: CopyObjectCommand,
  conditions: CopyConditions,
): CopyObjectCommand {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(legacyHeaders) as (keyof CopyConditions)[]) {
    const value = conditions[name];
    if (value === undefined) continue;
    headers[legacyHeaders[name]] = isDate(name) ? new Date(value).toUTCString() : value;
  }
  if (Object.keys(headers).length === 0) return command;
  // A failed condition gets a 304 from RGW's civetweb with stray body bytes, which break the next
  // request on the same keep-alive socket ("Parse Error: Expected HTTP/"): use this socket once.
  headers.connection = 'close';
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers !== undefined) Object.assign(request.headers, headers);
      return next(args);
    },
    { step: 'build', name: 'legacyCopyConditions' },
  );
  return command;
}
