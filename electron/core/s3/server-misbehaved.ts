import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { Misbehaviour } from '../../../shared/domain/misbehaviour.js';

/** host:port of a client's endpoint, to name the server in a message. */
export async function serverName(client: S3Client): Promise<string> {
  const endpoint = await client.config.endpoint?.();
  if (endpoint === undefined) return `s3.${await client.config.region()}.amazonaws.com`;
  return endpoint.port === undefined ? endpoint.hostname : `${endpoint.hostname}:${endpoint.port}`;
}

/**
 * The error for a server that breaks the protocol in a way no retry mends (paging that never
 * ends, answers no valid server sends): stop and name it, rather than loop or swell.
 */
export function serverMisbehaved(
  server: string,
  problem: Misbehaviour,
  operation: string,
  fact: string,
): AppError {
  return new AppError(
    'ServerMisbehaved',
    `The server ${server} misbehaved in ${operation}: ${fact}. Holdall stopped rather than wait forever.`,
    { server, problem, operation },
  );
}
