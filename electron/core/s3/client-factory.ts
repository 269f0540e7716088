import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { dialects } from './dialects.js';

export interface ClientSettings {
  provider: keyof typeof dialects;
  endpoint: string;
  region: string;
  addressing: 'path' | 'virtual';
  accessKeyId: string;
  secretAccessKey: string;
}

export interface ClientOptions {
  /** Socket connect timeout; a dead endpoint must fail fast, not hang. */
  connectTimeoutMs?: number;
  maxAttempts?: number;
}

const MAX_SOCKETS = 64;

/** One S3 client per connection, tuned for its provider. */
export function createS3Client(settings: ClientSettings, options: ClientOptions = {}): S3Client {
  const dialect = dialects[settings.provider];
  // Keep-alive matters: a listing or multipart upload is many small requests.
  const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS };
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint === '' ? {} : { endpoint: settings.endpoint }),
    forcePathStyle: settings.addressing === 'path',
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
    requestChecksumCalculation: dialect.requestChecksums,
    responseChecksumValidation: dialect.responseChecksums,
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: new NodeHttpHandler({
      httpAgent: new HttpAgent(agentOptions),
      httpsAgent: new HttpsAgent(agentOptions),
      connectionTimeout: options.connectTimeoutMs ?? 5_000,
    }),
  });
}
