import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { folderDigests, storedDigests } from '../core/tasks/test-support/tree-digests.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli, runCli } from './test-support/run-cli.js';
import type { Ran } from './test-support/run-cli.js';
import { adminClient, s3Target, uniqueBucketName } from '../../e2e/fixtures/s3.js';
import type { SyncDifference } from '../../shared/domain/sync.js';
import { deleteBucket } from '../core/services/buckets-delete.js';

// `holdall sync` built and run as a user would, against RGW; the server is read with a plain
// SDK client and the folders with node:fs.

const target = s3Target();
const admin = adminClient(target);
let work: string;
let cli: string;
const bucket = uniqueBucketName('cli-sync');

function holdall(args: string[]): Promise<Ran> {
  return runCli(cli, work, target, args);
}

const stored = (prefix: string) => storedDigests(admin, bucket, prefix);

async function write(root: string, path: string, body: string | Buffer): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), body);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'holdall-cli-sync-'));
  cli = await bundledCli(work);
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
}, 120_000);

afterAll(async () => {
  await deleteBucket(admin, { bucket, emptyFirst: true });
  await rm(work, { recursive: true, force: true });
});

describe('holdall sync against RGW', () => {
  it('sends a folder up, lists differences in a dry run, deletes only with --yes, and brings it back down', async () => {
    const local = join(work, 'up');
    await write(local, 'a.txt', 'alpha');
    await write(local, 'deep/b.bin', randomBytes(40_000));
    await write(local, 'skip.log', 'left out');
    await admin.send(new PutObjectCommand({ Bucket: bucket, Key: 'site/stale.txt', Body: 'x' }));
    await admin.send(new PutObjectCommand({ Bucket: bucket, Key: 'other.txt', Body: 'y' }));
    const remote = `s3://${bucket}/site/`;

    const dry = await holdall(['sync', local, remote, '--dry-run', '--exclude', '*.log', '--json']);
    expect(dry.code).toBe(0);
    const listed = dry.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SyncDifference);
    expect(listed.map((d) => [d.path, d.difference])).toEqual([
      ['a.txt', 'onlyHere'],
      ['deep/b.bin', 'onlyHere'],
      ['stale.txt', 'onlyThere'],
    ]);
    expect([...(await stored('site/')).keys()]).toEqual(['stale.txt']);

    // No terminal to ask on and no --yes: nothing is sent or deleted.
    const refused = await holdall(['sync', local, remote, '--delete', '--exclude', '*.log']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/1 would be deleted .*--yes/);
    expect([...(await stored('site/')).keys()]).toEqual(['stale.txt']);

    const mirrored = await holdall([
      'sync',
      local,
      remote,
      '--delete',
      '--yes',
      '--exclude',
      '*.log',
    ]);
    expect(mirrored.code).toBe(0);
    const sent = await folderDigests(local);
    sent.delete('skip.log');
    expect(await stored('site/')).toEqual(sent);
    expect([...(await stored('')).keys()]).toContain('other.txt');

    const back = join(work, 'down');
    const down = await holdall(['sync', remote, back]);
    expect(down.code).toBe(0);
    expect(down.stderr).toContain('2 copied, 0 deleted');
    expect(await folderDigests(back)).toEqual(sent);
  });

  it('keeps an object newer on the server, says so, and replaces it only with --replace-newer', async () => {
    const local = join(work, 'newer');
    await write(local, 'page.html', 'old local page');
    const old = new Date(Date.now() - 3 * 86_400_000);
    await utimes(join(local, 'page.html'), old, old);
    await admin.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'newer/page.html',
        Body: 'edited on the server',
      }),
    );
    const remote = `s3://${bucket}/newer/`;
    const onServer = async () =>
      (
        await admin.send(new GetObjectCommand({ Bucket: bucket, Key: 'newer/page.html' }))
      ).Body!.transformToString();

    const dry = await holdall(['sync', local, remote, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/= keep remote +page\.html/);
    expect(dry.stderr).toContain('1 newer file in the bucket kept');

    const kept = await holdall(['sync', local, remote]);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('0 copied, 0 deleted');
    expect(kept.stderr).toContain('1 newer file in the bucket kept');
    expect(await onServer()).toBe('edited on the server');

    const replaced = await holdall(['sync', local, remote, '--replace-newer']);
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).toContain('1 copied, 0 deleted');
    expect(replaced.stderr).not.toContain('kept');
    expect(await onServer()).toBe('old local page');
  });
});
