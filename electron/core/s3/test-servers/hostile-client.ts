import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../../shared/contract/envelope.js';
import type { AppErrorShape } from '../../../../shared/contract/envelope.js';
import { createS3Client } from '../client-factory.js';
import type { RequestDeadlines } from '../deadline-handler.js';
import { toAppError } from '../errors.js';

/** Holdall's own client for a loopback test server, with deadlines short enough for a test. */
export function clientFor(endpoint: string, deadlines?: Partial<RequestDeadlines>): S3Client {
  return createS3Client(
    {
      provider: 'generic',
      endpoint,
      region: 'us-east-1',
      addressing: 'path',
      accessKeyId: 'HOSTILEKEY',
      secretAccessKey: 'hostile-secret',
    },
    deadlines === undefined ? {} : { deadlines },
  );
}

export interface Outcome {
  error: AppErrorShape | undefined;
  ms: number;
}

/** Runs work to its end and says how it ended (as the contract would) and how long it took. */
export async function outcomeOf(work: () => Promise<unknown>): Promise<Outcome> {
  const started = performance.now();
  try {
    await work();
    return { error: undefined, ms: performance.now() - started };
  } catch (err) {
    const error = err instanceof AppError ? err.toShape() : toAppError(err);
    return { error, ms: performance.now() - started };
  }
}
