// Object list benchmark (issue 5): the built browser host and renderer in Debian Chromium,
// listing a synthetic 1,000,000-key folder from a loopback ListObjectsV2 server. Prints
// figures against the targets and writes them to docs/benchmarks-listing.md.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startBrowserHost } from '../../e2e/fixtures/browser-host.js';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '../../e2e/fixtures/chromium.js';
import { DOM_ROWS, FIRST_ROWS, PROBE_SCRIPT, scrollScript } from './listing/page-probe.js';
import type { FirstRows, ScrollResult } from './listing/page-probe.js';
import { describeMachine, markdownReport, textReport, writeResults } from './listing/report.js';
import type { ListingFigures } from './listing/report.js';
import { keyName, startListingServer } from './listing/s3-server.js';

const ROWS = Number(process.env.BENCH_LISTING_ROWS ?? 1_000_000);
/** The whole run should stay near five minutes; the scroll is most of it. */
const SCROLL_LIMIT_MS = Number(process.env.BENCH_LISTING_SCROLL_MS ?? 240_000);
/** 500 rows a frame: faster than pages arrive, so the scroll waits on the network, not the step. */
const STEP_PX = 14_000;
const DOCS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'benchmarks-listing.md',
);
const MiB = 1024 * 1024;
const log = (line: string) => console.log(line);

const server = await startListingServer(ROWS);
const host = await startBrowserHost();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp = await context.newCDPSession(page);
  // Typed-array stores live outside the JS heap proper, and the list keeps its rows in them:
  // count both, or the figure would flatter it.
  const heapMiB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { js: usage.usedSize / MiB, buffers: usage.backingStorageSize / MiB };
  };

  await page.goto(host.url);
  // The profile goes in through the contract, as the UI would send it, on the page's session.
  const profile = {
    name: 'Bench',
    provider: 'generic',
    endpoint: server.endpoint,
    region: 'us-east-1',
    addressing: 'path',
    accessKeyId: 'bench',
    secretAccessKey: 'bench-secret',
  };
  const saved = await page.evaluate(async (body) => {
    const res = await fetch('/api/invoke/profiles.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  }, profile);
  if (saved.status !== 200 || !saved.text.includes('"ok":true'))
    throw new Error(`profiles.save: HTTP ${saved.status} ${saved.text}`);
  await page.reload();
  const connections = page.getByRole('navigation', { name: 'Connections' });
  await connections.getByRole('treeitem', { name: 'Bench', exact: true }).click();
  await connections.getByRole('treeitem', { name: server.bucket, exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Objects' });
  const folderRow = grid.getByRole('row', { name: server.folder, exact: true });
  await folderRow.waitFor();

  log(`opening ${server.folder} (${ROWS.toLocaleString('en')} keys)…`);
  const firstName = keyName('', 0);
  await page.evaluate(`window.__listingProbe.watch(${JSON.stringify(firstName)})`);
  await folderRow.dblclick();
  await grid.getByRole('row', { name: firstName, exact: true }).waitFor();
  // Polled from here: waitForFunction's in-page polling evaluates a string, which the app's
  // CSP (no 'unsafe-eval') refuses whenever the rows are not painted at the first look.
  while ((await page.evaluate('window.__listingProbe.firstRowsPaintAt === null')) === true) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const first = await page.evaluate<FirstRows>(FIRST_ROWS);
  const sentAt = server.firstPageSentAt;

  const heapAt1k = await heapMiB();
  log(
    `first page shown; heap ${heapAt1k.js.toFixed(1)} MiB + ${heapAt1k.buffers.toFixed(1)} MiB buffers, ${String(await page.evaluate(DOM_ROWS))} DOM rows; scrolling…`,
  );
  // Tasks' wall time against the main thread's CPU time: on a busy machine a long task is
  // mostly the thread waiting for a core, which this tells apart from work of the list's own.
  await cdp.send('Performance.enable');
  const threadTimes = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { task: metric('TaskDuration'), cpu: metric('ThreadTime') };
  };
  const threadBefore = await threadTimes();
  const scroll = await page.evaluate<ScrollResult>(scrollScript(STEP_PX, SCROLL_LIMIT_MS));
  const threadAfter = await threadTimes();
  const heapAtEnd = await heapMiB();
  await page.screenshot({
    path: join(dirname(DOCS), '..', 'test-results', 'bench-listing-end.png'),
  });

  const counts = Object.fromEntries(server.counts);
  const figures: ListingFigures = {
    rows: ROWS,
    receivedToDomMs: first.responseAt === undefined ? undefined : first.domAt - first.responseAt,
    receivedToPaintMs:
      first.responseAt === undefined ? undefined : first.paintAt - first.responseAt,
    serverToPaintMs: sentAt === undefined ? undefined : first.paintAt - sentAt,
    scrollFinished: scroll.finished,
    scrollSeconds: scroll.ms / 1000,
    frames: scroll.frames,
    pagesLoaded: scroll.requests,
    longTasks: scroll.longTasks.map((t) => t.duration),
    mainThread: {
      taskSeconds: threadAfter.task - threadBefore.task,
      cpuSeconds: threadAfter.cpu - threadBefore.cpu,
    },
    heapAt1k,
    heapAtEnd,
    maxDomRows: scroll.maxDomRows,
    endDomRows: scroll.endDomRows,
    headObject: counts['HEAD object'] ?? 0,
    headBucket: counts['HEAD bucket'] ?? 0,
    requests: counts,
  };
  if (!scroll.finished) {
    log(
      `warning: the scroll stopped after ${SCROLL_LIMIT_MS / 1000} s at aria-rowcount ${scroll.rowCount}`,
    );
  }
  log('');
  log(textReport(figures));
  const version = execFileSync(CHROMIUM_PATH, ['--version'], {
    encoding: 'utf8',
    // Debian's wrapper script complains on stderr about its own arithmetic; the version is on stdout.
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  await writeResults(DOCS, markdownReport(figures, describeMachine(version)));
  log(`\nwritten to ${DOCS}`);
  if (figures.headObject > 0) {
    throw new Error(`${figures.headObject} HEAD requests on objects reached the server`);
  }
} finally {
  await browser.close();
  await host.stop();
  await server.stop();
}
