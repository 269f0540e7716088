import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli, runCli } from './test-support/run-cli.js';
import type { Ran } from './test-support/run-cli.js';
import { adminClient, s3Target, uniqueBucketName } from '../../e2e/fixtures/s3.js';
import type { SearchMatch } from '../../shared/domain/search.js';
import { deleteBucket } from '../core/services/buckets-delete.js';

// `holdall search` built and run as a user would, against RGW; what it prints is checked
// against a plain SDK listing filtered by hand.

const target = s3Target();
const admin = adminClient(target);
let work: string;
let cli: string;
const bucket = uniqueBucketName('cli-search');

/** Runs the bundled `holdall` as a user would, with the connection in its environment. */
function holdall(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return runCli(cli, work, target, args, env);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'holdall-cli-search-'));
  cli = await bundledCli(work);
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  const keys = [
    ...Array.from({ length: 40 }, (_, i) => `logs/${i % 4}/app-${i}.log`),
    ...Array.from({ length: 10 }, (_, i) => `logs/${i}/app-${i}.log.gz`),
    'img/a.PNG',
    'img/deep/b.png',
  ];
  await Promise.all(
    keys.map((key, i) =>
      admin.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'x'.repeat(i + 1) })),
    ),
  );
}, 120_000);

afterAll(async () => {
  await deleteBucket(admin, { bucket, emptyFirst: true });
  await rm(work, { recursive: true, force: true });
});

async function expected(keep: (key: string, size: number) => boolean): Promise<string[]> {
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (listed.Contents ?? [])
    .filter((o) => keep(o.Key ?? '', o.Size ?? 0))
    .map((o) => o.Key ?? '')
    .sort();
}

describe('holdall search against RGW', () => {
  it('prints one JSON line per match across folders, by glob and size', async () => {
    const ran = await holdall([
      'search',
      `s3://${bucket}/logs/`,
      '--glob',
      '*.log',
      '--min-size',
      '20',
      '--json',
    ]);
    expect(ran.code, ran.stderr).toBe(0);
    const matches = ran.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SearchMatch);
    expect(matches.map((m) => m.key).sort()).toEqual(
      await expected((key, size) => key.startsWith('logs/') && key.endsWith('.log') && size >= 20),
    );
    expect(matches[0]?.storageClass).toBe('STANDARD');
    expect(Date.parse(matches[0]?.lastModified ?? '')).toBeGreaterThan(0);
  });

  it('ignores case when asked and says how many it found', async () => {
    const ran = await holdall(['search', `s3://${bucket}`, '--name', '.png', '-i']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain(`s3://${bucket}/img/a.PNG`);
    expect(ran.stdout).toContain(`s3://${bucket}/img/deep/b.png`);
    expect(ran.stdout.trim().split('\n')).toHaveLength(2);
    expect(ran.stderr).toMatch(/^2 found, 52 keys scanned/m);
  });

  it('refuses a regular expression that does not compile, as a usage error', async () => {
    const ran = await holdall(['search', `s3://${bucket}`, '--regex', '(a+)+']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--regex repeats a group that itself repeats/);
  });
});
