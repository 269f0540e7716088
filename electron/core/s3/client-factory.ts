import { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { DeadlineHttpHandler, defaultDeadlines } from './deadline-handler.js';
import type { RequestDeadlines } from './deadline-handler.js';
import type { RequestTimeouts } from '../../../shared/domain/profile.js';
import { dialects } from './dialects.js';
import { allowLeanPath } from './lean-object-request.js';
import { addListingScan } from './listing-scan-middleware.js';
import { networkHandler } from './network-agents.js';
import type { NetworkInput } from './network-agents.js';
import { addResponseCap } from './response-cap-middleware.js';
import { sdkLogger } from './sdk-logger.js';

export interface ClientSettings extends NetworkInput {
  provider: keyof typeof dialects;
  endpoint: string;
  region: string;
  addressing: 'path' | 'virtual';
  accessKeyId: string;
  secretAccessKey: string;
  /** Sent with the static keys when they are temporary. */
  sessionToken?: string | undefined;
  /** Keys from the connection's credential source; when set, the static keys are unused. */
  credentialProvider?: AwsCredentialIdentityProvider | undefined;
  /** The connection's own deadlines in seconds, where it has any. */
  timeouts?: RequestTimeouts | undefined;
}

export interface ClientOptions {
  /** Socket connect timeout; a dead endpoint must fail fast, not hang. */
  connectTimeoutMs?: number;
  maxAttempts?: number;
  /** Overrides the connection's deadlines (tests use short ones). */
  deadlines?: Partial<RequestDeadlines>;
}

const MAX_SOCKETS = 64;

/** One S3 client per connection, tuned for its provider. */
export function createS3Client(settings: ClientSettings, options: ClientOptions = {}): S3Client {
  const dialect = dialects[settings.provider];
  // Keep-alive matters: a listing or multipart upload is many small requests.
  const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS };
  const deadlines: RequestDeadlines = {
    headersTimeoutMs: (settings.timeouts?.headers ?? 0) * 1000 || defaultDeadlines.headersTimeoutMs,
    idleTimeoutMs: (settings.timeouts?.idle ?? 0) * 1000 || defaultDeadlines.idleTimeoutMs,
    ...options.deadlines,
  };
  // The connection's own setting wins: someone on a slow network set it for a reason.
  const ownConnectTimeout = settings.network?.connectTimeout;
  const connectTimeoutMs =
    ownConnectTimeout === undefined
      ? (options.connectTimeoutMs ?? 5_000)
      : ownConnectTimeout * 1000;
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint === '' ? {} : { endpoint: settings.endpoint }),
    forcePathStyle: settings.addressing === 'path',
    credentials: settings.credentialProvider ?? {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      ...(settings.sessionToken === undefined ? {} : { sessionToken: settings.sessionToken }),
    },
    requestChecksumCalculation: dialect.requestChecksums,
    responseChecksumValidation: dialect.responseChecksums,
    maxAttempts: options.maxAttempts ?? 3,
    logger: sdkLogger(),
    requestHandler: new DeadlineHttpHandler(
      networkHandler(settings, agentOptions, {
        connectionTimeout: connectTimeoutMs,
        // Silence on the socket, before the headers or mid-body: the response is destroyed
        // with a TimeoutError, which the SDK's retries and the transfer engine's both retry.
        socketTimeout: deadlines.idleTimeoutMs,
      }),
      deadlines.headersTimeoutMs,
    ),
  });
  addResponseCap(client);
  addListingScan(client);
  if (dialect.requestChecksums === 'WHEN_REQUIRED' && dialect.responseChecksums === 'WHEN_REQUIRED')
    allowLeanPath(client);
  return client;
}
