// Holdall's side of the whole-tree listing benchmark: one walk through the core, headless, in
// its own process like a peer's CLI command. Usage: walk-runner.ts '<job JSON>'.
import { performance } from 'node:perf_hooks';
import { createS3Client } from '../../../electron/core/s3/client-factory.js';
import { walkTree } from '../../../electron/core/services/objects-tree-walk.js';
import { walkPrefix } from '../../../electron/core/transfers/prefix-walk.js';
import { runnerClientSettings } from '../transfer/holdall-job.js';
import { walkJobSchema } from './walk-job.js';
import type { WalkResult } from './walk-job.js';

const job = walkJobSchema.parse(JSON.parse(process.argv[2] ?? 'null'));
const client = createS3Client(runnerClientSettings(process.env));
try {
  const began = performance.now();
  let keys = 0;
  let bytes = 0;
  if (job.mode === 'tree') {
    const options = job.concurrency === undefined ? {} : { concurrency: job.concurrency };
    for await (const page of walkTree(client, job.bucket, job.prefix, options)) {
      keys += page.length;
      for (const k of page) bytes += k.size;
    }
  } else {
    for await (const k of walkPrefix(client, job.bucket, job.prefix)) {
      keys++;
      bytes += k.size;
    }
  }
  const result: WalkResult = {
    keys,
    bytes,
    // Linux reports ru_maxrss in KiB.
    maxRssKiB: process.resourceUsage().maxRSS,
    workMs: performance.now() - began,
  };
  console.log(JSON.stringify(result));
} finally {
  client.destroy();
}
