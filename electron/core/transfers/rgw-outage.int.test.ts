// RGW itself goes away in the middle of transfers: paused (SIGSTOP, a hung gateway whose port
// still takes connections) or restarted (stopped, then started on the same port and data).
// Runs its own RGW: the shared one serves the other int test files in parallel.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AbortMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferJob } from '../../../shared/domain/transfer-job.js';
import {
  continueGateway,
  ensureCephInstalled,
  pauseGateway,
  startGateway,
  startRgw,
  stopGateway,
} from '../../../e2e/fixtures/rgw.js';
import type { RgwServer } from '../../../e2e/fixtures/rgw.js';
import { adminClient, uniqueBucketName } from '../../../e2e/fixtures/s3.js';
import type { ClientSettings } from '../s3/client-factory.js';
import { DEFAULT_RETRY } from './retry.js';
import { harness, openUploads, PROFILE } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { objectSha256, randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
/** 4 parts of 5 MiB; as a download, ranges of 8, 8 and 4 MiB. */
const SIZE = 20 * MiB;
/** Three parts: the completion cases need no time in the middle. */
const COMPLETING_SIZE = 11 * MiB;
/** Seconds: short deadlines, so a hung gateway costs each attempt a second, not a minute. */
const timeouts = { headers: 1, idle: 1 };
/**
 * How long the gateway stays paused: longer than the deadlines, shorter than the app's retries
 * outlast a hung server (five attempts of at least one deadline each).
 */
const PAUSE_MS = 3_000;

let rgw: RgwServer;
let admin: ReturnType<typeof adminClient>;
let bucket: string;
let dir: string;

beforeAll(async () => {
  await ensureCephInstalled();
  rgw = await startRgw({ memstoreBytes: 1024 * MiB });
  admin = adminClient(rgw);
  bucket = uniqueBucketName('outage');
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  // A fresh gateway creates its data pool at the first object written and its multipart pool at
  // the first multipart upload (Ceph pool creation: seconds under load). Made here, so no pause
  // or restart below lands while the gateway is still waiting for a new pool.
  await admin.send(new PutObjectCommand({ Bucket: bucket, Key: 'warm-up/object', Body: 'x' }));
  const { UploadId } = await admin.send(
    new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'warm-up/multipart' }),
  );
  await admin.send(
    new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'warm-up/multipart', UploadId }),
  );
  dir = await tempDir('outage');
}, 90_000);
afterAll(async () => {
  admin?.destroy();
  await rgw?.stop();
});

/** A queue like the app's (its retry policy) on this file's RGW, paced so faults land mid-way. */
function outageHarness(): Promise<Harness> {
  const settings: ClientSettings = {
    provider: 'ceph',
    addressing: 'path',
    endpoint: rgw.endpoint,
    region: rgw.region,
    accessKeyId: rgw.accessKeyId,
    secretAccessKey: rgw.secretAccessKey,
    timeouts,
  };
  return tempDir('journal').then((journalDir) =>
    harness(
      journalDir,
      {
        retry: DEFAULT_RETRY,
        plan: { multipartThreshold: 5 * MiB, minPartSize: 5 * MiB },
        settings: { partConcurrency: 2, bandwidthLimitBytesPerSec: 10 * MiB },
      },
      settings,
    ),
  );
}

function isState(id: string, state: TransferJob['state']) {
  return (job: TransferJob): boolean => job.id === id && job.state === state;
}

/** Waits until the job has moved this many bytes, and checks it is still under way. */
async function midway(h: Harness, id: string, bytes: number): Promise<void> {
  // Well inside the test's 30 s: a stall before the outage fails here, by name, not as a timeout.
  await h.waitForProgress((p) => p.id === id && p.bytesDone >= bytes, 15_000);
  expect(h.queue.get(id)).toMatchObject({ state: 'running' });
}

async function uploadThrough(
  outage: (h: Harness, id: string) => Promise<void>,
  name: string,
): Promise<void> {
  const { source, sha256 } = await randomFile(dir, name, SIZE);
  const h = await outageHarness();
  try {
    const [job] = await h.queue.enqueueUpload({
      profileId: PROFILE,
      bucket,
      keyPrefix: 'up/',
      paths: [source.path],
      conflict: 'overwrite',
    });
    const id = job?.id ?? '';
    await midway(h, id, 7 * MiB);
    await outage(h, id);
    const done = await h.queue.settled(id);
    expect(done).toMatchObject({ state: 'succeeded', error: null, bytesDone: SIZE });
    // The journaled upload was continued, never started over under a second upload id.
    expect(h.counts.get('CreateMultipartUploadCommand')).toBe(1);
    // Some part was in flight when the gateway went away, and was sent again.
    expect(h.counts.get('UploadPartCommand')).toBeGreaterThan(4);
    expect(await openUploads(admin, bucket, `up/${name}`)).toEqual([]);
    expect(await objectSha256(admin, bucket, `up/${name}`)).toBe(sha256);
  } finally {
    await h.close();
  }
}

/**
 * Watches the download folder until stopped: whenever the final name exists, it must already
 * hold the whole object (the move into place is one rename, so a partial file would show).
 */
function watchFinalName(path: string): { stop: () => Promise<number[]> } {
  const sizes: number[] = [];
  let watching = true;
  const loop = (async () => {
    for (;;) {
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined) sizes.push(info.size);
      // Looks once more after being stopped, so what the job left at the end is seen too.
      if (!watching) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    stop: async () => {
      watching = false;
      await loop;
      return sizes;
    },
  };
}

async function downloadThrough(
  outage: (h: Harness, id: string, out: string) => Promise<void>,
  name: string,
): Promise<void> {
  const { source, sha256 } = await randomFile(dir, name, SIZE);
  await admin.send(
    new PutObjectCommand({ Bucket: bucket, Key: name, Body: await readFile(source.path) }),
  );
  const h = await outageHarness();
  const out = await tempDir('outage-out');
  const final = join(out, name);
  const watcher = watchFinalName(final);
  try {
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket,
      keys: [name],
      destinationDir: out,
      conflict: 'ask',
    });
    const id = jobs[0]?.id ?? '';
    await midway(h, id, 3 * MiB);
    await outage(h, id, out);
    const done = await h.queue.settled(id);
    expect(done).toMatchObject({ state: 'succeeded', error: null, bytesDone: SIZE });
    // Some range was in flight when the gateway went away, and was fetched again.
    expect(h.counts.get('GetObjectCommand')).toBeGreaterThan(3);
    const seen = await watcher.stop();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((size) => size !== SIZE)).toEqual([]);
    expect(await readdir(out)).toEqual([name]);
    expect(
      createHash('sha256')
        .update(await readFile(final))
        .digest('hex'),
    ).toBe(sha256);
  } finally {
    await watcher.stop();
    await h.close();
  }
}

/** Mid-outage, the download folder holds its temporary file at most, never the final name. */
async function onlyTemporary(out: string, name: string): Promise<void> {
  const names = await readdir(out);
  expect(names).not.toContain(name);
  expect(names.filter((n) => !n.endsWith('.holdall-download'))).toEqual([]);
}

describe('transfers while RGW itself goes away', () => {
  it('a multipart upload through a paused gateway retries by itself and lands identical, one upload', async () => {
    await uploadThrough(async () => {
      await pauseGateway(rgw);
      try {
        await sleep(PAUSE_MS);
      } finally {
        await continueGateway(rgw);
      }
    }, 'paused-up.bin');
  });

  it('a ranged download through a paused gateway retries by itself; the final name only ever holds the whole file', async () => {
    await downloadThrough(async (_h, _id, out) => {
      await pauseGateway(rgw);
      try {
        await sleep(PAUSE_MS);
        await onlyTemporary(out, 'paused-down.bin');
      } finally {
        await continueGateway(rgw);
      }
    }, 'paused-down.bin');
  });

  it('a multipart upload whose gateway restarts fails with a clear error, and Retry continues the same upload', async () => {
    await uploadThrough(async (h, id) => {
      await stopGateway(rgw);
      let failed: TransferJob;
      try {
        failed = await h.waitFor(isState(id, 'failed'), 30_000);
      } finally {
        await startGateway(rgw);
      }
      // The app's five attempts over refused connections, spent within seconds.
      expect(failed.error).toMatchObject({
        code: 'EndpointUnreachable',
        details: { attempts: DEFAULT_RETRY.maxAttempts },
      });
      expect(String(failed.error?.details?.cause)).toContain(new URL(rgw.endpoint).host);
      await h.queue.retry({ id });
    }, 'restarted-up.bin');
  }, 60_000);

  it('a ranged download whose gateway restarts fails clearly, keeps only its temporary file, and Retry finishes it', async () => {
    await downloadThrough(async (h, id, out) => {
      await stopGateway(rgw);
      let failed: TransferJob;
      try {
        failed = await h.waitFor(isState(id, 'failed'), 30_000);
        await onlyTemporary(out, 'restarted-down.bin');
      } finally {
        await startGateway(rgw);
      }
      expect(failed.error).toMatchObject({
        code: 'EndpointUnreachable',
        details: { attempts: DEFAULT_RETRY.maxAttempts },
      });
      expect(String(failed.error?.details?.cause)).toContain(new URL(rgw.endpoint).host);
      await h.queue.retry({ id });
    }, 'restarted-down.bin');
  }, 60_000);

  it('an upload whose gateway hangs while it is being completed finishes by itself, one upload', async () => {
    let outage: Promise<void> | undefined;
    await completing('hung-complete.bin', (h) => {
      hangBeforeComplete(h, () => {
        outage = sleep(PAUSE_MS).then(() => continueGateway(rgw));
      });
      return (id) => h.queue.settled(id).finally(() => outage);
    });
  });

  it('an upload whose gateway hangs through every try of its completion: Retry finds it completed, no second upload', async () => {
    await completing('gave-up-complete.bin', (h) => {
      hangBeforeComplete(h, () => undefined);
      return async (id) => {
        let failed: TransferJob;
        try {
          failed = await h.waitFor(isState(id, 'failed'), 30_000);
        } finally {
          await continueGateway(rgw);
        }
        expect(failed.error).toMatchObject({ code: 'Timeout' });
        const parts = h.counts.get('UploadPartCommand');
        await h.queue.retry({ id });
        const done = await h.queue.settled(id);
        // Nothing of the file is sent again: the server had finished the upload meanwhile.
        expect(h.counts.get('UploadPartCommand')).toBe(parts);
        return done;
      };
    });
  });
});

/** Pauses the gateway just before the first CompleteMultipartUpload goes out. */
function hangBeforeComplete(h: Harness, paused: () => void): void {
  let hung = false;
  h.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'CompleteMultipartUploadCommand' && !hung) {
        hung = true;
        await pauseGateway(rgw);
        paused();
      }
      return next(args);
    },
    { step: 'initialize', name: 'hang-before-complete' },
  );
}

/** An upload whose completion meets an outage; `settle` waits it out the way the case says. */
async function completing(
  name: string,
  arrange: (h: Harness) => (id: string) => Promise<TransferJob>,
): Promise<void> {
  const { source, sha256 } = await randomFile(dir, name, COMPLETING_SIZE);
  const h = await outageHarness();
  try {
    const settle = arrange(h);
    const [job] = await h.queue.enqueueUpload({
      profileId: PROFILE,
      bucket,
      keyPrefix: 'up/',
      paths: [source.path],
      conflict: 'overwrite',
    });
    const done = await settle(job?.id ?? '');
    expect(done).toMatchObject({ state: 'succeeded', error: null, bytesDone: COMPLETING_SIZE });
    expect(h.counts.get('CreateMultipartUploadCommand')).toBe(1);
    expect(await openUploads(admin, bucket, `up/${name}`)).toEqual([]);
    expect(await objectSha256(admin, bucket, `up/${name}`)).toBe(sha256);
  } finally {
    await h.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
