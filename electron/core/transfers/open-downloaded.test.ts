import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TransferJob } from '../../../shared/domain/transfer-job.js';
import { openDownloaded } from './open-downloaded.js';

let dir: string;
let opened: string[];
const opener = (path: string) => {
  opened.push(path);
  return Promise.resolve();
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'holdall-open-'));
  opened = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function download(localPath: string, patch: Partial<TransferJob> = {}): TransferJob {
  return {
    id: 'job-12345678',
    direction: 'download',
    kind: 'file',
    profileId: 'p',
    bucket: 'b',
    key: 'k',
    localPath,
    state: 'succeeded',
    bytesDone: 1,
    bytesTotal: 1,
    filesDone: 1,
    filesTotal: 1,
    totalsKnown: true,
    conflictPolicy: 'ask',
    conflict: null,
    refused: [],
    refusedCount: 0,
    skippedCount: 0,
    checks: { md5: 1 },
    error: null,
    createdAt: new Date().toISOString(),
    ...patch,
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('openDownloaded', () => {
  it('opens the file a finished download wrote', async () => {
    const file = join(dir, 'report.pdf');
    await writeFile(file, 'x');
    await expect(openDownloaded(download(file), 'job-12345678', opener)).resolves.toEqual({
      opened: true,
    });
    expect(opened).toEqual([file]);
  });

  it('refuses an unknown transfer id', async () => {
    expect(await refusal(openDownloaded(undefined, 'job-unknown1', opener))).toBe(
      'TransferNotFound',
    );
  });

  it('answers UnavailableInHost where the host cannot open files (the browser)', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'x');
    expect(await refusal(openDownloaded(download(file), 'job-12345678', undefined))).toBe(
      'UnavailableInHost',
    );
  });

  it.each([
    ['an upload', { direction: 'upload' as const }],
    ['a folder', { kind: 'folder' as const }],
    ['a running download', { state: 'running' as const }],
    ['a failed download', { state: 'failed' as const }],
    ['a skipped download (the file is not Holdall’s)', { skippedCount: 1 }],
  ])('refuses %s', async (_what, patch) => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'x');
    expect(await refusal(openDownloaded(download(file, patch), 'job-12345678', opener))).toBe(
      'InvalidInput',
    );
    expect(opened).toEqual([]);
  });

  it('never starts a downloaded program or script', async () => {
    for (const name of ['setup.EXE', 'run.sh', 'x.desktop', 'a.bat']) {
      const file = join(dir, name);
      await writeFile(file, 'x');
      expect(await refusal(openDownloaded(download(file), 'job-12345678', opener))).toBe(
        'InvalidInput',
      );
    }
    expect(opened).toEqual([]);
  });

  it('refuses a file that went or was replaced by a link since', async () => {
    const gone = join(dir, 'gone.txt');
    expect(await refusal(openDownloaded(download(gone), 'job-12345678', opener))).toBe(
      'LocalFileError',
    );
    const target = join(dir, 'target.txt');
    await writeFile(target, 'x');
    const link = join(dir, 'link.txt');
    await symlink(target, link);
    expect(await refusal(openDownloaded(download(link), 'job-12345678', opener))).toBe(
      'LocalFileError',
    );
    expect(opened).toEqual([]);
  });
});
