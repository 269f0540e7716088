// Child process for the memory test: uploads one file through the engine at
// default settings and prints its own peak RSS, so the figure is the engine's alone.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import { createS3Client } from '../../s3/client-factory.js';
import { TransferJournal } from '../journal.js';
import { RequestLimiter } from '../request-limiter.js';
import { uploadFile } from '../upload-file.js';
import type { UploadSource } from '../upload-file.js';

const [bucket, key, path, size, fingerprint] = process.argv.slice(2);
if (
  bucket === undefined ||
  key === undefined ||
  path === undefined ||
  size === undefined ||
  fingerprint === undefined
) {
  throw new Error('usage: memory-upload BUCKET KEY PATH SIZE FINGERPRINT');
}
// What the process holds with Node, the loader and the SDK loaded, before any transfer.
const baselineMiB = process.memoryUsage().rss / 1024 / 1024;
const client = createS3Client(
  { provider: 'ceph', addressing: 'path', ...s3Target() },
  { maxAttempts: 1 },
);
const { journal } = await TransferJournal.open(await mkdtemp(join(tmpdir(), 'holdall-mem-')));
const source: UploadSource = { path, size: Number(size), fingerprint };
const result = await uploadFile(
  source,
  { bucket, key },
  {
    client,
    limiter: new RequestLimiter(16),
    journal,
    jobId: 'mem',
    signal: new AbortController().signal,
    partConcurrency: Number(process.env.PART_CONCURRENCY ?? 4),
    onProgress: () => undefined,
  },
);
client.destroy();
// maxRSS is in KiB on Linux.
process.stdout.write(
  `${JSON.stringify({ etag: result.etag, baselineMiB, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
