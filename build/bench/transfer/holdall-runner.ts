// Holdall's side of the transfer benchmark: one operation through the core engine, headless,
// in its own process so its peak RSS is the engine's alone. Usage: holdall-runner.ts '<job JSON>'.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createS3Client } from '../../../electron/core/s3/client-factory.js';
import { TransferJournal } from '../../../electron/core/transfers/journal.js';
import { RequestLimiter } from '../../../electron/core/transfers/request-limiter.js';
import { holdallJobSchema, runnerClientSettings } from './holdall-job.js';
import type { HoldallResult } from './holdall-job.js';
import { runOp } from './holdall-ops.js';

const job = holdallJobSchema.parse(JSON.parse(process.argv[2] ?? 'null'));
// The engine owns retries: the SDK cannot rewind a file stream it has consumed.
const client = createS3Client(runnerClientSettings(process.env), { maxAttempts: 1 });
const journalDir = await mkdtemp(join(tmpdir(), 'holdall-bench-journal-'));
try {
  const { journal } = await TransferJournal.open(journalDir);
  const began = performance.now();
  const done = await runOp(job, {
    client,
    journal,
    limiter: new RequestLimiter(job.settings.requestLimit),
  });
  const result: HoldallResult = {
    // Linux reports ru_maxrss in KiB.
    maxRssKiB: process.resourceUsage().maxRSS,
    workMs: performance.now() - began,
    ...done,
  };
  console.log(JSON.stringify(result));
} finally {
  client.destroy();
  await rm(journalDir, { recursive: true, force: true });
}
