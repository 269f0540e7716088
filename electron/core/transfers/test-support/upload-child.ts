// A stand-in for the app in the kill test: uploads one file through a real queue and
// prints progress, until the test SIGKILLs it. Run: node --import tsx upload-child.ts DIR FILE BUCKET
import { createS3Client } from '../../s3/client-factory.js';
import { testSettings } from '../../test-support.js';
import { TransferQueue } from '../transfer-queue.js';

const [journalDir, file, bucket] = process.argv.slice(2);
if (journalDir === undefined || file === undefined || bucket === undefined) {
  process.stderr.write('usage: upload-child.ts JOURNAL_DIR FILE BUCKET\n');
  process.exit(2);
}
const client = createS3Client(testSettings(), { maxAttempts: 1 });
const queue = new TransferQueue({
  journalDir,
  clientFor: () => Promise.resolve(client),
  // Slow enough that the test can kill it between parts.
  settings: { partConcurrency: 2, bandwidthLimitBytesPerSec: 24 * 1024 * 1024 },
  onProgress: (p) => process.stdout.write(`${JSON.stringify({ progress: p.bytesDone })}\n`),
  onState: (job) => process.stdout.write(`${JSON.stringify({ state: job.state, id: job.id })}\n`),
});
await queue.enqueueUpload({
  profileId: 'test-profile',
  bucket,
  keyPrefix: 'killed/',
  paths: [file],
  conflict: 'overwrite',
});
// Never returns on its own before the kill; if it does, say so.
setInterval(() => undefined, 1_000);
