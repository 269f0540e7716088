import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import type { S3Client, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-s3';
import type { FinalizeHandler, FinalizeHandlerArguments } from '@smithy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminClient, createTestBucket, s3Target } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { credentialScript, expiresIn, printing, scratchDir } from './test-support.js';

const HOUR = 3_600_000;
let bucket: TestBucket;
let dir: string;
let store: ProfileStore;
let clients: ClientPool;
let logged: string[];

beforeAll(async () => {
  bucket = await createTestBucket(adminClient(), 'creds');
});
afterAll(async () => {
  await bucket.remove();
});

beforeEach(async () => {
  dir = await scratchDir('creds-int');
  const dataDir = join(dir, 'data');
  await mkdir(dataDir);
  store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  clients = new ClientPool(store, { homeDir: dir, env: {}, processTimeoutMs: 1500 });
  // Everything the code under test could log, to prove no secret is written there.
  logged = [];
  const keep = (...parts: unknown[]) => {
    logged.push(parts.map(String).join(' '));
  };
  vi.spyOn(console, 'warn').mockImplementation(keep);
  vi.spyOn(console, 'error').mockImplementation(keep);
  vi.spyOn(console, 'log').mockImplementation(keep);
});
afterEach(() => {
  clients.destroyAll();
  vi.restoreAllMocks();
});

/** Saves a connection to the test server whose keys come from `source`. */
async function connection(credentialSource: CredentialSource): Promise<string> {
  const t = s3Target();
  const saved = await store.save({
    name: credentialSource.kind,
    provider: 'ceph',
    endpoint: t.endpoint,
    region: t.region,
    addressing: 'path',
    accessKeyId: '',
    credentialSource,
  });
  return saved.id;
}

async function bucketNames(client: S3Client): Promise<string[]> {
  const answer = await client.send(new ListBucketsCommand({}));
  return (answer.Buckets ?? []).map((b) => b.Name ?? '');
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (err: unknown) => toAppError(err),
  );

function rgwKeys(extra: Record<string, unknown> = {}) {
  const t = s3Target();
  return { Version: 1, AccessKeyId: t.accessKeyId, SecretAccessKey: t.secretAccessKey, ...extra };
}

describe('a credential_process connection against RGW', () => {
  it('lists buckets with the keys a local script prints', async () => {
    const command = await credentialScript(
      dir,
      'rgw-keys',
      printing(rgwKeys({ Expiration: expiresIn(HOUR) })),
    );
    const id = await connection({ kind: 'process', command });
    expect(await bucketNames(await clients.get(id))).toContain(bucket.name);
    // The transfer client shares the session's keys.
    expect(await bucketNames(await clients.transferClient(id))).toContain(bucket.name);
    expect(logged.join('\n')).not.toContain(s3Target().secretAccessKey);
  });

  it('says the session expired when the script prints keys past their expiry', async () => {
    const command = await credentialScript(
      dir,
      'expired',
      printing(rgwKeys({ Expiration: expiresIn(-60_000) })),
    );
    const id = await connection({ kind: 'process', command });
    const failure = await failureOf(bucketNames(await clients.get(id)));
    expect(failure?.code).toBe('CredentialsExpired');
    expect(failure?.message).toMatch(
      /^The credential process `.*expired\.mjs"` gave keys that expired at \d{4}-/,
    );
  });

  it('names the field of an answer it cannot use', async () => {
    const { SecretAccessKey: _s, ...noSecret } = rgwKeys();
    const command = await credentialScript(dir, 'invalid', printing(noSecret));
    const id = await connection({ kind: 'process', command });
    const failure = await failureOf(bucketNames(await clients.get(id)));
    expect(failure).toMatchObject({ code: 'CredentialsUnavailable' });
    expect(failure?.message).toContain(
      'gave an answer Holdall cannot use: "SecretAccessKey" is missing.',
    );
  });

  it('stops a script that hangs at the deadline and says so', async () => {
    const command = await credentialScript(dir, 'hangs', 'setInterval(() => undefined, 1000);\n');
    const id = await connection({ kind: 'process', command });
    const started = Date.now();
    const failure = await failureOf(bucketNames(await clients.get(id)));
    expect(failure).toMatchObject({ code: 'CredentialsUnavailable' });
    expect(failure?.message).toContain('did not finish within 1.5 s and was stopped.');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('an AWS profile connection against RGW', () => {
  async function writeCredentials(keys: { id: string; secret: string }, note: string) {
    await mkdir(join(dir, '.aws'), { recursive: true });
    await writeFile(
      join(dir, '.aws', 'credentials'),
      `# ${note}\n[lab]\naws_access_key_id = ${keys.id}\naws_secret_access_key = ${keys.secret}\n`,
    );
  }

  it('picks up a key rotated in the file, on the same client, without a restart', async () => {
    const t = s3Target();
    const valid = { id: t.accessKeyId, secret: t.secretAccessKey };
    await writeCredentials(valid, 'first');
    const id = await connection({ kind: 'awsProfile', profileName: 'lab' });
    const client = await clients.get(id);
    expect(await bucketNames(client)).toContain(bucket.name);

    await writeCredentials({ id: 'AKIDROTATEDAWAY', secret: 'not-a-key' }, 'rotated away');
    expect(await failureOf(bucketNames(client))).toMatchObject({ code: 'InvalidAccessKeyId' });

    await writeCredentials(valid, 'rotated back, and longer than before');
    expect(await bucketNames(client)).toContain(bucket.name);
    expect(await clients.get(id)).toBe(client);
  });

  it('says which profile is missing', async () => {
    const id = await connection({ kind: 'awsProfile', profileName: 'nosuch' });
    const failure = await failureOf(bucketNames(await clients.get(id)));
    expect(failure).toMatchObject({ code: 'CredentialsUnavailable' });
    expect(failure?.message).toContain('The AWS profile "nosuch" is in neither');
  });
});

describe('a session token', () => {
  it('is signed into every request of static keys, and kept out of logs', async () => {
    const t = s3Target();
    const token = 'holdall-test-session-token-0123456789';
    const saved = await store.save({
      name: 'with token',
      provider: 'ceph',
      endpoint: t.endpoint,
      region: t.region,
      addressing: 'path',
      accessKeyId: t.accessKeyId,
      secretAccessKey: t.secretAccessKey,
      sessionToken: token,
    });
    const client = await clients.get(saved.id);
    const sent: Record<string, string>[] = [];
    client.middlewareStack.addRelativeTo(
      (next: FinalizeHandler<ServiceInputTypes, ServiceOutputTypes>) =>
        async (args: FinalizeHandlerArguments<ServiceInputTypes>) => {
          sent.push({ ...(args.request as { headers: Record<string, string> }).headers });
          return next(args);
        },
      { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'captureSigned' },
    );
    const outcome = await failureOf(bucketNames(client));
    expect(sent.length).toBeGreaterThan(0);
    for (const headers of sent) {
      expect(headers['x-amz-security-token']).toBe(token);
      expect(headers.authorization).toMatch(/SignedHeaders=[^,]*x-amz-security-token/);
    }
    // RGW checks a token only where STS issued the key; what it answered is recorded either way.
    console.info(`RGW answered a plain key with a session token: ${outcome?.code ?? 'success'}`);
    expect(logged.join('\n')).not.toContain(token);
  });
});
