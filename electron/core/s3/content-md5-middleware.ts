import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
  BuildHandlerArguments,
  BuildMiddleware,
  MiddlewareStack,
  RelativeMiddlewareOptions,
} from '@smithy/types';

const options: RelativeMiddlewareOptions = {
  name: 'holdallContentMd5',
  relation: 'after',
  toMiddleware: 'flexibleChecksumsMiddleware',
  override: true,
};

function md5Of(body: unknown): string | undefined {
  if (typeof body === 'string') return createHash('md5').update(body, 'utf8').digest('base64');
  if (body instanceof Uint8Array) return createHash('md5').update(body).digest('base64');
  return undefined;
}

function isRequest(value: unknown): value is { headers: Record<string, string>; body: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { headers?: unknown }).headers === 'object'
  );
}

/**
 * The SDK puts a CRC32 on operations S3 marks "checksum required" (DeleteObjects …) even with
 * WHEN_REQUIRED (aws-sdk-js-v3 issue 6819). Servers that predate flexible checksums want the
 * Content-MD5 those operations used to carry, so this swaps one for the other. It runs right
 * after the SDK's checksum step and before signing, so the signature covers the new header.
 */
const contentMd5Middleware =
  <I extends object, O extends object>(): BuildMiddleware<I, O> =>
  (next) =>
  async (args: BuildHandlerArguments<I>) => {
    const { request } = args;
    if (isRequest(request)) {
      const md5 = md5Of(request.body);
      if (md5 !== undefined) {
        for (const name of Object.keys(request.headers)) {
          const lower = name.toLowerCase();
          if (
            lower.startsWith('x-amz-checksum-') ||
            lower === 'x-amz-sdk-checksum-algorithm' ||
            lower === 'content-md5'
          ) {
            delete request.headers[name];
          }
        }
        request.headers['content-md5'] = md5;
      }
    }
    return next(args);
  };

/**
 * Makes one command send Content-MD5 instead of the SDK's flexible checksum; returns it.
 * Typed loosely on purpose: command stacks differ in their input and output types, which
 * this middleware never looks at.
 */
export function useContentMd5<C extends { readonly middlewareStack: object }>(command: C): C {
  const stack = command.middlewareStack as MiddlewareStack<object, object>;
  stack.addRelativeTo(contentMd5Middleware<object, object>(), options);
  return command;
}

/**
 * Whether a client talks to a non-AWS dialect: those are configured with WHEN_REQUIRED
 * checksums (see dialects.ts), and are the ones that may not know flexible checksums.
 */
export async function wantsContentMd5(client: S3Client): Promise<boolean> {
  return (await client.config.requestChecksumCalculation()) === 'WHEN_REQUIRED';
}
