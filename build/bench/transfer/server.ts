import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  AbortMultipartUploadCommand,
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { ensureCephInstalled, startRgw } from '../../../e2e/fixtures/rgw.js';
import type { Server } from './tools.js';
import { adminClient } from '../../../e2e/fixtures/s3.js';

const run = promisify(execFile);

export interface BenchServer extends Server {
  /** A plain SDK client, independent of Holdall's code, to arrange and clean up. */
  admin: S3Client;
  /** Frees deleted objects now, so the next tool is not measured against RGW's garbage collector. */
  collectGarbage(): Promise<void>;
  /** ceph-mon, ceph-osd and radosgw, whose CPU is the server's share of a run. */
  daemonPids: number[];
  stop(): Promise<void>;
}

/**
 * RGW on BlueStore by default: 1 GiB objects on memstore would sit in RAM several times over.
 * Listing benches, whose objects are empty, may take memstore, which writes keys far faster.
 */
export async function startServer(
  log: (line: string) => void,
  objectstore: 'bluestore' | 'memstore' = 'bluestore',
): Promise<BenchServer> {
  await ensureCephInstalled();
  const rgw = await startRgw({ objectstore, log });
  const admin = adminClient(rgw);
  const conf = join(rgw.dataDir, 'ceph.conf');
  const daemonPids = await Promise.all(
    ['mon', 'osd', 'rgw'].map(async (d) =>
      Number.parseInt(await readFile(join(rgw.dataDir, `${d}.pid`), 'utf8'), 10),
    ),
  );
  return {
    endpoint: rgw.endpoint,
    region: rgw.region,
    accessKeyId: rgw.accessKeyId,
    secretAccessKey: rgw.secretAccessKey,
    admin,
    daemonPids,
    async collectGarbage() {
      await run('radosgw-admin', ['-c', conf, 'gc', 'process', '--include-all'], {
        timeout: 120_000,
      });
    },
    async stop() {
      admin.destroy();
      await rgw.stop();
    },
  };
}

export async function createBucket(admin: S3Client, name: string): Promise<void> {
  await admin.send(new CreateBucketCommand({ Bucket: name }));
}

/** Objects, unfinished multipart uploads (a failed tool may leave some), then the bucket. */
export async function removeBucket(admin: S3Client, name: string): Promise<void> {
  for (;;) {
    const page = await admin.send(new ListObjectsV2Command({ Bucket: name, MaxKeys: 1000 }));
    const keys = (page.Contents ?? []).flatMap((o) =>
      o.Key === undefined ? [] : [{ Key: o.Key }],
    );
    if (keys.length === 0) break;
    await admin.send(
      new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: keys, Quiet: true } }),
    );
  }
  const uploads = await admin.send(new ListMultipartUploadsCommand({ Bucket: name }));
  for (const u of uploads.Uploads ?? []) {
    await admin.send(
      new AbortMultipartUploadCommand({ Bucket: name, Key: u.Key, UploadId: u.UploadId }),
    );
  }
  await admin.send(new DeleteBucketCommand({ Bucket: name }));
}
