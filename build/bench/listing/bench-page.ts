import type { Browser, CDPSession, Page } from '@playwright/test';
import { firstRowsScript, PROBE_SCRIPT, scrollScript } from './page-probe.js';
import type { FirstRows, ScrollResult } from './page-probe.js';
import type { ListingFigures } from './report.js';

const MiB = 1024 * 1024;
/** 500 rows a frame: faster than pages arrive, so the scroll waits on the network, not the step. */
const STEP_PX = 14_000;

/** MiB after a forced GC: the JS heap, and array buffers (typed arrays) outside it. */
export interface HeapMiB {
  js: number;
  buffers: number;
}

/** The bucket's object list, open at its root, and what measures it. */
export interface BenchPage {
  page: Page;
  heapMiB(): Promise<HeapMiB>;
  /** Waits for the watched row, then reads when it was painted against `channel`'s reply. */
  firstRows(channel: string): Promise<FirstRows>;
  /** Scrolls the grid named `gridLabel` to its end; also the main thread's time meanwhile. */
  scrollToEnd(
    gridLabel: string,
    limitMs: number,
  ): Promise<{ scroll: ScrollResult; mainThread: { taskSeconds: number; cpuSeconds: number } }>;
}

/**
 * A fresh page of the browser host with the probe installed, a `generic` path-style connection
 * to the stand-in server saved through the contract (as the UI would send it), and the
 * bucket's object list open.
 */
export async function openBenchPage(
  browser: Browser,
  hostUrl: string,
  server: { endpoint: string; bucket: string },
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp: CDPSession = await context.newCDPSession(page);
  await page.goto(hostUrl);
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

  // Tasks' wall time against the main thread's CPU time: on a busy machine a long task is
  // mostly the thread waiting for a core, which this tells apart from work of the list's own.
  await cdp.send('Performance.enable');
  const threadTimes = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { task: metric('TaskDuration'), cpu: metric('ThreadTime') };
  };
  return {
    page,
    // Typed-array stores live outside the JS heap proper, and the object list keeps its rows
    // in them: count both, or the figure would flatter it.
    heapMiB: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return { js: usage.usedSize / MiB, buffers: usage.backingStorageSize / MiB };
    },
    firstRows: async (channel) => {
      // Polled from here: waitForFunction's in-page polling evaluates a string, which the app's
      // CSP (no 'unsafe-eval') refuses whenever the rows are not painted at the first look.
      while ((await page.evaluate('window.__listingProbe.firstRowsPaintAt === null')) === true) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return page.evaluate<FirstRows>(firstRowsScript(channel));
    },
    scrollToEnd: async (gridLabel, limitMs) => {
      const before = await threadTimes();
      const scroll = await page.evaluate<ScrollResult>(scrollScript(STEP_PX, limitMs, gridLabel));
      const after = await threadTimes();
      return {
        scroll,
        mainThread: { taskSeconds: after.task - before.task, cpuSeconds: after.cpu - before.cpu },
      };
    },
  };
}

/** What one shape measured, in the report's terms. */
export function figuresOf(run: {
  subject: string;
  first: FirstRows;
  /** When the stand-in wrote the first page out. */
  sentAt: number | undefined;
  heapAtFirstPage: HeapMiB;
  heapAtEnd: HeapMiB;
  scroll: ScrollResult;
  mainThread: { taskSeconds: number; cpuSeconds: number };
  counts: ReadonlyMap<string, number>;
  unaskedVersionLists?: number;
}): ListingFigures {
  const { first, sentAt, scroll } = run;
  const counts = Object.fromEntries(run.counts);
  return {
    subject: run.subject,
    receivedToDomMs: first.responseAt === undefined ? undefined : first.domAt - first.responseAt,
    receivedToPaintMs:
      first.responseAt === undefined ? undefined : first.paintAt - first.responseAt,
    serverToPaintMs: sentAt === undefined ? undefined : first.paintAt - sentAt,
    scrollFinished: scroll.finished,
    scrollSeconds: scroll.ms / 1000,
    frames: scroll.frames,
    pagesLoaded: scroll.requests,
    longTasks: scroll.longTasks.map((t) => t.duration),
    mainThread: run.mainThread,
    heapAtFirstPage: run.heapAtFirstPage,
    heapAtEnd: run.heapAtEnd,
    maxDomRows: scroll.maxDomRows,
    endDomRows: scroll.endDomRows,
    headObject: counts['HEAD object'] ?? 0,
    headBucket: counts['HEAD bucket'] ?? 0,
    ...(run.unaskedVersionLists === undefined
      ? {}
      : { unaskedVersionLists: run.unaskedVersionLists }),
    requests: counts,
  };
}
