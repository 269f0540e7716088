import { execFile } from 'node:child_process';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { tempDir } from './test-files.js';
import { fingerprintOf } from './upload-file.js';

const GiB = 1024 * 1024 * 1024;
// Node, the TypeScript loader and the SDK take ~90 MiB before any byte moves (the built app
// has no loader); what the transfer adds must stay small whatever the file size.
const GROWTH_LIMIT_MIB = 80;
const admin = adminClient();
let bucket: TestBucket;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'memory');
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

describe('engine memory', () => {
  it(`uploads 1 GiB growing RSS by less than ${GROWTH_LIMIT_MIB} MiB at default settings`, async () => {
    const path = join(await tempDir('memory'), 'one-gib.bin');
    // A sparse file: the engine reads 1 GiB all the same, without 1 GiB of disk.
    const file = await open(path, 'w');
    await file.truncate(GiB);
    await file.close();
    const info = await stat(path);
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      join(import.meta.dirname, 'test-support', 'memory-upload.ts'),
      bucket.name,
      'big.bin',
      path,
      String(GiB),
      fingerprintOf(info.mtimeMs),
    ]);
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      baselineMiB: number;
      maxRssMiB: number;
    };
    console.log(
      `engine RSS uploading 1 GiB: ${report.baselineMiB.toFixed(0)} MiB loaded, ${report.maxRssMiB.toFixed(0)} MiB peak`,
    );
    const head = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'big.bin' }));
    expect(head.ContentLength).toBe(GiB);
    expect(report.maxRssMiB - report.baselineMiB).toBeLessThan(GROWTH_LIMIT_MIB);
  }, 180_000);
});
