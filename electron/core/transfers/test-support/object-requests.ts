import type { S3Client } from '@aws-sdk/client-s3';
import { interceptLean } from '../../s3/lean-object-request.js';

export interface SentRequest {
  commandName: string;
  input: { Bucket?: string; Key?: string };
}

/**
 * Wraps every request the client sends, whether the SDK sends it as a command or small objects
 * take the lean path (lean-object-request.ts): a test may count, hold or fail requests without
 * knowing which path a file takes. Returns the function that removes the wrapper.
 */
export function wrapRequests(
  client: S3Client,
  wrap: (request: SentRequest, next: () => Promise<unknown>) => Promise<unknown>,
): () => void {
  const name = `test-wrap-${Math.random()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as SentRequest['input'];
      const request: SentRequest = { commandName: String(context.commandName), input };
      return (await wrap(request, () => next(args))) as Awaited<ReturnType<typeof next>>;
    },
    { step: 'initialize', name },
  );
  const stopLean = interceptLean(client, async (info, next) => (await wrap(info, next)) as never);
  return () => {
    client.middlewareStack.remove(name);
    stopLean();
  };
}
