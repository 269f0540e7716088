import { ListBucketsCommand } from '@aws-sdk/client-s3';
import type { ClientSettings } from '../s3/client-factory.js';
import { explainUntrusted } from '../s3/certificate-info.js';
import { createS3Client } from '../s3/client-factory.js';

export interface ConnectionTestResult {
  bucketCount: number;
  elapsedMs: number;
}

/** One ListBuckets with no retries, so a wrong secret or dead endpoint answers quickly. */
export async function testConnection(
  settings: ClientSettings,
  signal?: AbortSignal,
): Promise<ConnectionTestResult> {
  const client = createS3Client(settings, { maxAttempts: 1, connectTimeoutMs: 4_000 });
  const started = performance.now();
  try {
    const out = await client.send(new ListBucketsCommand({}), { abortSignal: signal });
    return {
      bucketCount: out.Buckets?.length ?? 0,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (err) {
    throw await explainUntrusted(err, settings);
  } finally {
    client.destroy();
  }
}
