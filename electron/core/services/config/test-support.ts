import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach } from 'vitest';
import { adminClient, createTestBucket } from '../../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../../e2e/fixtures/s3.js';
import type { Handlers } from '../../../../shared/contract/handlers.js';
import { configHandlers } from '../../handlers/config.js';
import type { CoreDeps } from '../../handlers/deps.js';
import type { ResolvedProfile } from '../../profiles/profile-store.js';
import type { ClientPool } from '../../s3/client-pool.js';
import { createS3Client } from '../../s3/client-factory.js';
import type { ClientSettings } from '../../s3/client-factory.js';
import { dialects } from '../../s3/dialects.js';
import type { Dialect } from '../../s3/dialects.js';
import { testSettings } from '../../test-support.js';

/**
 * For integration tests: Holdall's client and a plain admin client for the run's
 * RGW, and a fresh bucket per test, removed after it.
 */
export function configTestRig() {
  const admin = adminClient();
  const client = createS3Client(testSettings());
  const made: TestBucket[] = [];

  afterEach(async () => {
    await Promise.all(made.splice(0).map((b) => b.remove()));
  });
  afterAll(() => {
    client.destroy();
    admin.destroy();
  });

  return {
    admin,
    client,
    settings: testSettings(),
    session: (dialect: Dialect = dialects.ceph) => ({ client, dialect }),
    async bucket(label: string): Promise<TestBucket> {
      const bucket = await createTestBucket(admin, label);
      made.push(bucket);
      return bucket;
    },
  };
}

/**
 * The config handlers over one fixed connection, for tests: every profile id
 * resolves to `settings`. Other domains' channels are absent, which the
 * dispatcher never notices as long as tests call config channels only.
 */
export function configHandlersFor(client: S3Client, settings: ClientSettings): Handlers {
  const profile: ResolvedProfile = {
    ...settings,
    id: 'test-profile',
    name: 'test',
    secretHint: '',
  };
  const session = { client, dialect: dialects[settings.provider], profile };
  const clients = {
    session: () => Promise.resolve(session),
    get: () => Promise.resolve(client),
  } as unknown as ClientPool;
  return configHandlers({ clients } as unknown as CoreDeps) as Handlers;
}
