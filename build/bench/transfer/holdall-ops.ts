import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { downloadObject } from '../../../electron/core/transfers/download-object.js';
import type {
  DownloadContext,
  DownloadSource,
} from '../../../electron/core/transfers/download-object.js';
import type { TransferJournal } from '../../../electron/core/transfers/journal.js';
import { mapLimit } from '../../../electron/core/transfers/map-limit.js';
import type { RequestLimiter } from '../../../electron/core/transfers/request-limiter.js';
import { withRetry } from '../../../electron/core/transfers/retry.js';
import { fingerprintOf, uploadFile } from '../../../electron/core/transfers/upload-file.js';
import type { UploadContext } from '../../../electron/core/transfers/upload-file.js';
import type { HoldallJob } from './holdall-job.js';

const MiB = 1024 * 1024;

export interface Engine {
  client: S3Client;
  journal: TransferJournal;
  limiter: RequestLimiter;
}

interface Done {
  files: number;
  bytes: number;
}

/**
 * One job per file, as the transfer queue will run them: its journal `job` and `end`
 * lines are written here too, because the queue will pay for them on every file.
 */
class Jobs {
  #next = 0;
  bytes = 0;
  files = 0;

  constructor(
    readonly job: HoldallJob,
    private readonly engine: Engine,
  ) {}

  async run(
    direction: 'upload' | 'download',
    file: { key: string; localPath: string; size: number; fingerprint: string },
    work: (id: string) => Promise<void>,
  ): Promise<void> {
    const id = `${direction[0]}${this.#next++}`;
    const lines = this.job.settings.jobLines;
    if (lines)
      await this.engine.journal.record({
        t: 'job',
        id,
        direction,
        profileId: 'bench',
        bucket: this.job.bucket,
        key: file.key,
        localPath: file.localPath,
        size: file.size,
        fingerprint: file.fingerprint,
        createdAt: new Date().toISOString(),
      });
    await work(id);
    if (lines) await this.engine.journal.record({ t: 'end', id, state: 'succeeded' });
    this.files++;
    this.bytes += file.size;
  }

  upload(id: string, signal: AbortSignal): UploadContext {
    const { partSizeMiB } = this.job.settings;
    return {
      ...this.engine,
      jobId: id,
      signal,
      partConcurrency: this.job.settings.partConcurrency,
      ...(partSizeMiB === undefined ? {} : { plan: { minPartSize: partSizeMiB * MiB } }),
      onProgress: () => {},
    };
  }

  download(id: string, signal: AbortSignal): DownloadContext {
    return {
      ...this.engine,
      jobId: id,
      signal,
      rangeConcurrency: this.job.settings.partConcurrency,
      // A benchmark run replaces what an earlier run downloaded.
      replace: true,
      onProgress: () => {},
    };
  }
}

async function uploadOne(jobs: Jobs, path: string, key: string, signal: AbortSignal) {
  const info = await stat(path);
  const source = { path, size: info.size, fingerprint: fingerprintOf(info.mtimeMs) };
  await jobs.run('upload', { key, localPath: path, ...source }, async (id) => {
    await uploadFile(source, { bucket: jobs.job.bucket, key }, jobs.upload(id, signal));
  });
}

async function downloadOne(jobs: Jobs, source: DownloadSource, path: string, signal: AbortSignal) {
  const file = { key: source.key, localPath: path, size: source.size, fingerprint: source.etag };
  await jobs.run('download', file, async (id) => {
    await downloadObject(source, path, jobs.download(id, signal));
  });
}

async function* listPrefix(client: S3Client, bucket: string, prefix: string) {
  let token: string | undefined;
  do {
    const input = { Bucket: bucket, Prefix: prefix, ContinuationToken: token };
    // Retried as the app retries a page: a kept-alive socket the server closed must not end a run.
    const page = await withRetry(() => client.send(new ListObjectsV2Command(input)));
    for (const o of page.Contents ?? []) {
      if (o.Key === undefined || o.Size === undefined || o.ETag === undefined) continue;
      yield { bucket, key: o.Key, size: o.Size, etag: o.ETag } satisfies DownloadSource;
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
}

export async function runOp(job: HoldallJob, engine: Engine): Promise<Done> {
  const jobs = new Jobs(job, engine);
  const stop = new AbortController().signal;
  switch (job.op) {
    case 'upload-big':
      await uploadOne(jobs, job.path, job.key, stop);
      break;
    case 'download-big': {
      const head = await engine.client.send(
        new HeadObjectCommand({ Bucket: job.bucket, Key: job.key }),
      );
      const source = {
        bucket: job.bucket,
        key: job.key,
        size: head.ContentLength ?? 0,
        etag: head.ETag ?? '',
      };
      await downloadOne(jobs, source, job.path, stop);
      break;
    }
    case 'upload-small': {
      // A flat directory, like the benchmark's data set.
      const names = (await readdir(job.path)).sort();
      await mapLimit(names, job.settings.fileConcurrency, (name, signal) =>
        uploadOne(jobs, join(job.path, name), `${job.key}${name}`, signal),
      );
      break;
    }
    case 'download-small':
      // Listing pages stream into the workers: downloads start before the listing ends.
      await mapLimit(
        listPrefix(engine.client, job.bucket, job.key),
        job.settings.fileConcurrency,
        (source, signal) =>
          downloadOne(jobs, source, join(job.path, source.key.slice(job.key.length)), signal),
      );
      break;
  }
  return { files: jobs.files, bytes: jobs.bytes };
}
