import { GetBucketNotificationConfigurationCommand } from '@aws-sdk/client-s3';
import type {
  GetBucketNotificationConfigurationCommandInput as Input,
  GetBucketNotificationConfigurationCommandOutput as Output,
  S3Client,
} from '@aws-sdk/client-s3';
import type { BuildHandlerArguments, BuildMiddleware } from '@smithy/types';

function isHttpRequest(
  value: unknown,
): value is { method: string; query: Record<string, unknown> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { method?: unknown }).method === 'string' &&
    typeof (value as { query?: unknown }).query === 'object'
  );
}

/**
 * RGW removes a bucket's notifications with `DELETE /BUCKET?notification`, a
 * request the SDK has no command for. GET /BUCKET?notification already has the
 * right path, query, addressing and error handling, so only its method changes,
 * before signing. Should the rewrite ever not apply, what goes out is a harmless GET.
 */
const toDelete =
  (id: string | undefined): BuildMiddleware<Input, Output> =>
  (next) =>
  async (args: BuildHandlerArguments<Input>) => {
    const { request } = args;
    if (isHttpRequest(request) && 'notification' in request.query) {
      request.method = 'DELETE';
      // `?notification=ID` removes that one notification only.
      if (id !== undefined) request.query['notification'] = id;
    }
    return next(args);
  };

/** Removes all of the bucket's notifications, or only the one named `id`. */
export async function sendDeleteNotification(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
  id?: string,
): Promise<void> {
  const command = new GetBucketNotificationConfigurationCommand({ Bucket: bucket });
  command.middlewareStack.add(toDelete(id), {
    step: 'build',
    name: 'holdallDeleteNotification',
  });
  await client.send(command, { abortSignal: signal });
}
