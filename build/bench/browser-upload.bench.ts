// The app's own upload path (issue 13, point 4): a folder dropped in the page of the browser
// host, sent with the page's own logic (spool-drop.ts) over the host's real routes and uploaded
// by its engine, against the same engine uploading the same folder from disk in the same host.
// Usage: npm run bench browser-upload [-- --rounds 3 --count 2000 --kib 64 --tools engine,page]
import { createHash, randomBytes } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { mapLimit } from '../../electron/core/transfers/map-limit.js';
import { sendDrop, SPOOL_CONCURRENCY } from '../../renderer/src/features/transfers/spool-drop.js';
import type { DropSource } from '../../renderer/src/features/transfers/spool-drop.js';
import { newDropId, spoolUrl } from '../../renderer/src/features/transfers/spool-paths.js';
import { peakRssMiB, startHostProcess } from './browser-upload/host-run.js';
import type { RunningHost } from './browser-upload/host-run.js';
import { invoke, pageTransport } from './browser-upload/page-transport.js';
import { bundleRunner } from './transfer/bundle-runner.js';
import { processCpu, waitForQuiet } from './transfer/cpu.js';
import { describeMachine, load } from './transfer/machine.js';
import { createBucket, removeBucket, startServer } from './transfer/server.js';
import { median } from './transfer/stats.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    count: { type: 'string', default: '2000' },
    kib: { type: 'string', default: '64' },
    /** Files the page sends at once (default: the page's own). */
    concurrency: { type: 'string' },
    /** engine, page, and page-before (the page's path before issue 13: spool all, then upload). */
    tools: { type: 'string', default: 'engine,page' },
  },
});
const ROUNDS = Math.max(1, Number(values.rounds));
const COUNT = Math.max(1, Number(values.count));
const SIZE = Math.max(0, Number(values.kib)) * 1024;
const TARGET = 0.8;
const PAGE_CONCURRENCY_BEFORE = 3;
const HOST_SOURCE = join(
  dirname(fileURLToPath(import.meta.url)),
  'browser-upload',
  'host-process.ts',
);
const tools = (values.tools ?? '')
  .split(',')
  .filter((t) => ['engine', 'page', 'page-before'].includes(t));
const log = (line: string) => console.log(line);
/** Each file's place in the drop → the MD5 of its bytes. */
const md5 = new Map<string, string>();

interface Sample {
  seconds: number;
  hostCpu: number;
  pageCpu: number;
  serverCpu: number;
  quiet: boolean;
}

const home = await mkdtemp(join(tmpdir(), 'holdall-bench-drop-'));
const server = await startServer(log);
let host: RunningHost | undefined;
try {
  const machine = await describeMachine([]);
  log(`${machine.date}; ${machine.nproc} cores, ${machine.cpu}; ${machine.versions.join('; ')}`);
  const folder = join(home, 'data', 'drop');
  await mkdir(folder, { recursive: true });
  const width = String(COUNT - 1).length;
  await mapLimit(
    Array.from({ length: COUNT }, (_, i) => `f${String(i).padStart(width, '0')}.bin`),
    16,
    async (name) => {
      const bytes = randomBytes(SIZE);
      await writeFile(join(folder, name), bytes);
      md5.set(`drop/${name}`, createHash('md5').update(bytes).digest('hex'));
    },
  );
  const rendererDir = join(home, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Holdall</title>');
  const script = await bundleRunner(home, HOST_SOURCE);
  host = await startHostProcess(script, join(home, 'host-data'), rendererDir, folder);
  const running = host;
  const profile = await invoke<{ id: string }>(running, 'profiles.save', {
    name: 'bench',
    provider: 'ceph',
    endpoint: server.endpoint,
    region: server.region,
    addressing: 'path',
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
  });
  const sources: DropSource[] = await Promise.all(
    [...md5.keys()].sort().map(async (relativePath) => ({
      relativePath,
      file: await openAsBlob(join(home, 'data', relativePath)),
    })),
  );

  const untilDone = async (ids: string[]): Promise<void> => {
    for (;;) {
      const jobs = await invoke<{ id: string; state: string; error: unknown }[]>(
        running,
        'tasks.list',
        {},
      );
      const mine = jobs.filter((j) => ids.includes(j.id));
      const failed = mine.find((j) => j.state === 'failed' || j.state === 'canceled');
      if (failed !== undefined)
        throw new Error(`the upload ended ${failed.state}: ${JSON.stringify(failed.error)}`);
      if (mine.length === ids.length && mine.every((j) => j.state === 'succeeded')) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const enqueueInput = (bucket: string) => ({
    profileId: profile.id,
    bucket,
    keyPrefix: '',
    conflict: 'ask',
  });
  const runs: Record<string, (bucket: string) => Promise<void>> = {
    engine: async (bucket) => {
      const task = await invoke<{ id: string }>(running, 'tasks.start', {
        kind: 'upload',
        ...enqueueInput(bucket),
        grants: [running.folderGrant],
      });
      await untilDone([task.id]);
    },
    page: async (bucket) => {
      const ids: string[] = [];
      await sendDrop(newDropId(), sources, pageTransport(running, enqueueInput(bucket), ids), {
        signal: new AbortController().signal,
        onBytes: () => undefined,
        onFileDone: () => undefined,
        onFailed: (source, err) => {
          throw new Error(`${source.relativePath} was not sent: ${String(err)}`);
        },
        concurrency:
          values.concurrency === undefined ? SPOOL_CONCURRENCY : Number(values.concurrency),
      });
      await untilDone(ids);
    },
    'page-before': async (bucket) => {
      // What the page did before: every file to the spool, three at once, then one start.
      const transport = pageTransport(running, enqueueInput(bucket), []);
      const dropId = newDropId();
      const grants = new Set<string>();
      await mapLimit(sources, PAGE_CONCURRENCY_BEFORE, async (source, signal) => {
        const res = await fetch(`${running.base}${spoolUrl(dropId, source.relativePath)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/octet-stream', Cookie: running.cookie },
          body: source.file,
          signal,
        });
        const body = (await res.json()) as { ok: boolean; value?: { grant?: string } };
        if (!body.ok || body.value?.grant === undefined) throw new Error(JSON.stringify(body));
        grants.add(body.value.grant);
      });
      await untilDone([await transport.start([...grants])]);
    },
  };

  const samples = new Map<string, Sample[]>(tools.map((t) => [t, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = tools.map((_, i) => tools[(i + round) % tools.length]!);
    for (const tool of order) {
      const bucket = `drop-${round}-${tool}`;
      await createBucket(server.admin, bucket);
      const { quiet } = await waitForQuiet(0.3, 60_000);
      const hostBefore = await processCpu([running.pid]);
      const serverBefore = await processCpu(server.daemonPids);
      const pageBefore = process.cpuUsage();
      const began = performance.now();
      await runs[tool]!(bucket);
      const seconds = (performance.now() - began) / 1000;
      const page = process.cpuUsage(pageBefore);
      const sample: Sample = {
        seconds,
        hostCpu: (await processCpu([running.pid])) - hostBefore,
        pageCpu: (page.user + page.system) / 1e6,
        serverCpu: (await processCpu(server.daemonPids)) - serverBefore,
        quiet,
      };
      await verify(bucket);
      samples.get(tool)!.push(sample);
      log(
        `round ${round + 1} ${tool}: ${seconds.toFixed(2)} s, ${(COUNT / seconds).toFixed(0)} files/s, ` +
          `host CPU-s ${sample.hostCpu.toFixed(2)}, page CPU-s ${sample.pageCpu.toFixed(2)}, ` +
          `server CPU-s ${sample.serverCpu.toFixed(2)}${quiet ? '' : ' (machine not quiet)'}; load ${load()}`,
      );
      await removeBucket(server.admin, bucket);
      await server.collectGarbage();
    }
  }
  const med = (tool: string, pick: (s: Sample) => number) =>
    median(samples.get(tool)!.map(pick)) ?? NaN;
  log('');
  log(
    `${COUNT.toLocaleString('en')} × ${SIZE / 1024} KiB, ${ROUNDS} rounds, medians; host peak RSS ${(await peakRssMiB(running.pid))?.toFixed(0) ?? '?'} MiB`,
  );
  log('| path | median s | files/s | host CPU-s | page CPU-s | server CPU-s |');
  log('| --- | --- | --- | --- | --- | --- |');
  for (const tool of tools)
    log(
      `| ${tool} | ${med(tool, (s) => s.seconds).toFixed(2)} | ${(COUNT / med(tool, (s) => s.seconds)).toFixed(0)} | ` +
        `${med(tool, (s) => s.hostCpu).toFixed(2)} | ${med(tool, (s) => s.pageCpu).toFixed(2)} | ${med(tool, (s) => s.serverCpu).toFixed(2)} |`,
    );
  if (samples.has('engine'))
    for (const tool of tools.filter((t) => t !== 'engine')) {
      const ratio = med('engine', (s) => s.seconds) / med(tool, (s) => s.seconds);
      log(
        `${tool}: ${ratio.toFixed(2)}× the engine's own files/s (target ≥ ${TARGET}× ${ratio >= TARGET ? '✓' : '✗'})`,
      );
    }
} finally {
  await host?.stop();
  await server.stop();
  await rm(home, { recursive: true, force: true });
}

/** Every file is there once, with its own bytes (its ETag is the MD5 of a single PUT). */
async function verify(bucket: string): Promise<void> {
  const seen = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await server.admin.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) seen.set(o.Key ?? '', (o.ETag ?? '').replaceAll('"', ''));
    token = page.NextContinuationToken;
  } while (token !== undefined);
  if (seen.size !== md5.size)
    throw new Error(`${bucket} holds ${seen.size} objects, not ${md5.size}`);
  for (const [key, sum] of md5)
    if (seen.get(key) !== sum) throw new Error(`${bucket}/${key} does not hold the file's bytes`);
}
