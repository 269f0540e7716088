import { describe, expect, it } from 'vitest';
import { closedPort } from '../s3/test-servers/loopback.js';
import { toAppError } from '../s3/errors.js';
import { testSettings } from '../test-support.js';
import { testConnection } from './connection-test.js';

async function failureOf(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (err: unknown) => toAppError(err),
  );
}

describe('testConnection against the real server', () => {
  it('succeeds with the right credentials and counts buckets', async () => {
    const result = await testConnection(testSettings());
    expect(result.bucketCount).toBeGreaterThanOrEqual(0);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('says the secret is wrong', async () => {
    const failure = await failureOf(
      testConnection({ ...testSettings(), secretAccessKey: 'wrong-secret' }),
    );
    expect(failure).toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: 'The secret key is wrong for this access key.',
    });
  });

  it('says the access key is unknown', async () => {
    const failure = await failureOf(
      testConnection({ ...testSettings(), accessKeyId: 'NOSUCHKEY0000' }),
    );
    expect(failure).toMatchObject({ code: 'InvalidAccessKeyId' });
  });

  it('says the endpoint is unreachable when nothing listens, without hanging', async () => {
    const port = await closedPort();
    const failure = await failureOf(
      testConnection({ ...testSettings(), endpoint: `http://127.0.0.1:${port}` }),
    );
    expect(failure).toMatchObject({ code: 'EndpointUnreachable' });
    expect(failure?.message).toContain('ECONNREFUSED');
  });
});
