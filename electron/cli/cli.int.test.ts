import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateMultipartUploadCommand,
  GetBucketCorsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli, runCli } from './test-support/run-cli.js';
import type { Ran } from './test-support/run-cli.js';
import {
  adminClient,
  createTestBucket,
  rgwConnectionDraft,
  s3Target,
  uniqueBucketName,
} from '../../e2e/fixtures/s3.js';
import { createKeyFileCipher } from '../core/secrets/key-file-cipher.js';
import { ProfileStore } from '../core/profiles/profile-store.js';
import type { CorsConfig } from '../../shared/domain/config/cors.js';
import type { ConfigState } from '../../shared/domain/config/state.js';
import type { ObjectPage } from '../../shared/domain/listing.js';

const target = s3Target();
const admin = adminClient(target);
let work: string;
let cli: string;

interface CopyResult {
  state: string;
  files: number;
}

/** Runs the bundled `holdall` as a user would, with the connection in its environment. */
function holdall(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return runCli(cli, work, target, args, env);
}

async function bodyOf(bucket: string, key: string): Promise<Buffer> {
  const got = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await got.Body!.transformToByteArray());
}

async function keysOf(bucket: string): Promise<string[]> {
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'holdall-cli-test-'));
  cli = await bundledCli(work);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('holdall command line against RGW', () => {
  it('makes a bucket, uploads a folder, lists, downloads the same bytes and removes it all', async () => {
    const bucket = uniqueBucketName('cli');
    expect((await holdall(['mb', `s3://${bucket}`])).code).toBe(0);
    await admin.send(new HeadBucketCommand({ Bucket: bucket }));

    const source = join(work, 'photos');
    await mkdir(join(source, 'a b'), { recursive: true });
    const files: Record<string, Buffer> = {
      'one.bin': randomBytes(70_000),
      'a b/two + three.txt': Buffer.from('two'),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(source, name), bytes);
    const up = await holdall(['cp', source, `s3://${bucket}/backup/`, '--json']);
    expect(up.code, up.stderr).toBe(0);
    expect(JSON.parse(up.stdout) as CopyResult).toMatchObject({ state: 'succeeded', files: 2 });
    expect(await keysOf(bucket)).toEqual([
      'backup/photos/a b/two + three.txt',
      'backup/photos/one.bin',
    ]);
    expect(await bodyOf(bucket, 'backup/photos/one.bin')).toEqual(files['one.bin']);

    const listed = await holdall(['ls', `s3://${bucket}/backup/photos/`, '--json']);
    const page = JSON.parse(listed.stdout.trim().split('\n')[0] ?? '{}') as ObjectPage;
    expect(page.folders).toEqual(['backup/photos/a b/']);
    expect(page.objects.map((o) => [o.key, o.size])).toEqual([['backup/photos/one.bin', 70_000]]);

    const into = join(work, 'downloads');
    const down = await holdall(['cp', `s3://${bucket}/backup/photos/`, into]);
    expect(down.code, down.stderr).toBe(0);
    for (const [name, bytes] of Object.entries(files))
      expect(sha(await readFile(join(into, 'photos', name)))).toBe(sha(bytes));

    const link = await holdall([
      'presign',
      `s3://${bucket}/backup/photos/one.bin`,
      '--expires',
      '60',
    ]);
    const fetched = Buffer.from(await (await fetch(link.stdout.trim())).arrayBuffer());
    expect(sha(fetched)).toBe(sha(files['one.bin']!));

    const removed = await holdall(['rm', '-r', `s3://${bucket}/backup/`, '--json']);
    expect(JSON.parse(removed.stdout)).toMatchObject({ deleted: 2, errors: [] });
    expect(await keysOf(bucket)).toEqual([]);
    expect((await holdall(['rb', `s3://${bucket}`])).code).toBe(0);
    await expect(admin.send(new HeadBucketCommand({ Bucket: bucket }))).rejects.toThrow();
  });

  it('rb --force empties a bucket (objects and an unfinished upload) as a task, then removes it', async () => {
    const made = await createTestBucket(admin, 'cli-rb');
    await made.put({ 'a.txt': 'a', 'dir/b.txt': 'b' });
    await admin.send(new CreateMultipartUploadCommand({ Bucket: made.name, Key: 'big.bin' }));
    try {
      // Without --force a bucket that holds anything stays (exit 7: the server refused).
      expect((await holdall(['rb', `s3://${made.name}`])).code).toBe(7);
      const removed = await holdall(['rb', `s3://${made.name}`, '--force', '--json']);
      expect(removed.code, removed.stderr).toBe(0);
      expect(JSON.parse(removed.stdout)).toEqual({ bucket: made.name, removed: true });
      await expect(admin.send(new HeadBucketCommand({ Bucket: made.name }))).rejects.toThrow();
    } finally {
      await made.remove().catch(() => undefined);
    }
  });

  it('du counts a folder as a task, as a plain listing does, with a line per storage class', async () => {
    const made = await createTestBucket(admin, 'cli-du');
    await made.put({ 'd/a.txt': 'aaa', 'd/e/b.txt': 'bbbbb', 'd-old/c': 'not inside', top: 'x' });
    await admin.send(new CreateMultipartUploadCommand({ Bucket: made.name, Key: 'd/big.bin' }));
    try {
      const listed = await admin.send(
        new ListObjectsV2Command({ Bucket: made.name, Prefix: 'd/' }),
      );
      const bytes = (listed.Contents ?? []).reduce((sum, o) => sum + (o.Size ?? 0), 0);

      const json = await holdall(['du', `s3://${made.name}/d`, '--json']);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({
        bucket: made.name,
        prefix: 'd/',
        objects: listed.KeyCount,
        bytes,
        byStorageClass: [{ storageClass: 'STANDARD', objects: 2, bytes }],
        incompleteUploads: 1,
        noncurrent: null,
      });
      const text = await holdall(['du', `${made.name}`, '--versions']);
      expect(text.stdout).toContain(`4 objects, ${bytes + 'not inside'.length + 1} B`);
      expect(text.stdout).toContain('0 noncurrent versions');
      expect((await holdall(['du', 's3://t-no-such-bucket-du'])).code).toBe(3);
    } finally {
      await made.remove().catch(() => undefined);
    }
  });

  it('puts and gets a bucket configuration as JSON, and refuses a bad one without applying it', async () => {
    const made = await createTestBucket(admin, 'cli-config');
    const bucket = made.name;
    const cors = {
      rules: [{ allowedOrigins: ['https://example.com'], allowedMethods: ['GET'] }],
    };
    const file = join(work, 'cors.json');
    await writeFile(file, JSON.stringify(cors));
    const put = await holdall(['config', 'put', 'cors', `s3://${bucket}`, file]);
    expect(put.code, put.stderr).toBe(0);
    const onServer = await admin.send(new GetBucketCorsCommand({ Bucket: bucket }));
    expect(onServer.CORSRules?.[0]?.AllowedOrigins).toEqual(['https://example.com']);

    const got = JSON.parse(
      (await holdall(['config', 'get', 'cors', `s3://${bucket}`, '--json'])).stdout,
    ) as ConfigState<CorsConfig>;
    expect(got.state === 'set' ? got.config.rules[0]?.allowedOrigins : []).toEqual([
      'https://example.com',
    ]);

    await writeFile(
      file,
      JSON.stringify({ rules: [{ allowedOrigins: [], allowedMethods: ['FETCH'] }] }),
    );
    const bad = await holdall(['config', 'put', 'cors', `s3://${bucket}`, file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cors/);
    const still = await admin.send(new GetBucketCorsCommand({ Bucket: bucket }));
    expect(still.CORSRules?.[0]?.AllowedOrigins).toEqual(['https://example.com']);
    await made.remove();
  });

  it('uses a connection saved in the app by name, and says which ones exist when it is not found', async () => {
    const made = await createTestBucket(admin, 'cli-saved');
    const bucket = made.name;
    await made.put({ 'kept.txt': 'kept' });
    const dataDir = join(work, 'app-data');
    await mkdir(dataDir, { recursive: true });
    const store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
    await store.save(rgwConnectionDraft('Local RGW', target));
    const noEnv = {
      HOLDALL_ACCESS_KEY_ID: '',
      HOLDALL_SECRET_ACCESS_KEY: '',
      HOLDALL_ENDPOINT: '',
    };
    const ok = await holdall(
      ['ls', `s3://${bucket}/`, '--connection', 'Local RGW', '--data-dir', dataDir],
      noEnv,
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('kept.txt');
    const missing = await holdall(['ls', '--connection', 'Nope', '--data-dir', dataDir], noEnv);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('"Local RGW"');
    await made.remove();
  });

  it('exits by failure class with a message naming what is wrong', async () => {
    const noBucket = await holdall(['ls', `s3://${uniqueBucketName('absent')}/`]);
    expect(noBucket.code).toBe(3);
    const denied = await holdall(['ls'], { HOLDALL_SECRET_ACCESS_KEY: 'wrong-secret' });
    expect(denied.code).toBe(4);
    const unreachable = await holdall(['ls'], { HOLDALL_ENDPOINT: 'http://127.0.0.1:9' });
    expect(unreachable.code).toBe(5);
    const file = join(work, 'x.txt');
    await writeFile(file, 'x');
    const usage = await holdall(['cp', file, 's3://b/renamed.txt']);
    expect(usage.code).toBe(2);
    const noSecret = await holdall(['ls'], { HOLDALL_SECRET_ACCESS_KEY: '' });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('HOLDALL_SECRET_ACCESS_KEY');
  });
});
