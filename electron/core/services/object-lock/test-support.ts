import { afterAll, afterEach } from 'vitest';
import { adminClient, uniqueBucketName } from '../../../../e2e/fixtures/s3.js';
import {
  createLockedTestBucket,
  removeLockedBucket,
} from '../../../../e2e/fixtures/locked-bucket.js';
import type { TestBucket } from '../../../../e2e/fixtures/s3.js';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../../shared/contract/handlers.js';
import type { ProviderId } from '../../../../shared/domain/profile.js';
import { bucketHandlers } from '../../handlers/buckets.js';
import type { CoreDeps } from '../../handlers/deps.js';
import { objectLockHandlers } from '../../handlers/object-lock.js';
import { objectHandlers } from '../../handlers/objects.js';
import type { ClientPool } from '../../s3/client-pool.js';
import { createS3Client } from '../../s3/client-factory.js';
import { dialects } from '../../s3/dialects.js';
import { toAppError } from '../../s3/errors.js';
import { testSettings } from '../../test-support.js';

/**
 * For object lock integration tests: the bucket, object and object-lock channels over Holdall's
 * client (speaking as `provider`'s dialect), a plain admin client, and locked buckets removed
 * after each test whatever they hold.
 */
export function objectLockRig() {
  const admin = adminClient();
  const client = createS3Client(testSettings());
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(
      made.splice(0).map((name) =>
        removeLockedBucket(admin, name).catch((err: unknown) => {
          // A test that failed before making its bucket leaves nothing to remove.
          if (!(err instanceof Error && err.name === 'NoSuchBucket')) throw err;
        }),
      ),
    );
  });
  afterAll(() => {
    client.destroy();
    admin.destroy();
  });

  const dispatcherFor = (provider: ProviderId) => {
    const session = { client, dialect: dialects[provider] };
    const clients = {
      get: () => Promise.resolve(client),
      session: () => Promise.resolve(session),
    } as unknown as ClientPool;
    const deps = { clients, emit: () => undefined } as unknown as CoreDeps;
    const handlers = {
      ...bucketHandlers(deps),
      ...objectHandlers(deps),
      ...objectLockHandlers(deps),
    } as Handlers;
    return createDispatcher(handlers, toAppError);
  };
  const ctx = { signal: new AbortController().signal };
  const dispatch = dispatcherFor('ceph');

  return {
    admin,
    client,
    dispatch,
    dispatcherFor,
    ctx,
    /** A fresh bucket name whose bucket, if made, is removed after the test. */
    name(label: string): string {
      const name = uniqueBucketName(label);
      made.push(name);
      return name;
    },
    async lockedBucket(label: string): Promise<TestBucket> {
      const bucket = await createLockedTestBucket(admin, label);
      made.push(bucket.name);
      return bucket;
    },
  };
}
