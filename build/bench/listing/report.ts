import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';

export interface ListingFigures {
  /** What was scrolled, for the measures' names: "1,000,000 rows", "100,000 versions …". */
  subject: string;
  /** The renderer received the first page (responseEnd of the objects.list call) → rows in the DOM. */
  receivedToDomMs: number | undefined;
  /** … → the frame after, i.e. on screen. */
  receivedToPaintMs: number | undefined;
  /** The S3 server wrote the first page → rows on screen (adds the host's SDK parse and the hop). */
  serverToPaintMs: number | undefined;
  scrollFinished: boolean;
  scrollSeconds: number;
  frames: number;
  pagesLoaded: number;
  longTasks: number[];
  /** The renderer's main thread during the scroll: tasks' wall time, and its CPU time. */
  mainThread: { taskSeconds: number; cpuSeconds: number };
  /** MiB after a forced GC: the JS heap, and array buffers (typed arrays) outside it. */
  heapAtFirstPage: { js: number; buffers: number };
  heapAtEnd: { js: number; buffers: number };
  maxDomRows: number;
  endDomRows: number;
  headObject: number;
  headBucket: number;
  /** ListObjectVersions requests while the folder was browsed with versions off (versions shape). */
  unaskedVersionLists?: number;
  requests: Record<string, number>;
}

export interface Machine {
  date: string;
  cpu: string;
  nproc: number;
  memoryGiB: number;
  load: string;
  node: string;
  chromium: string;
}

export function describeMachine(chromium: string): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    nproc: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    load: loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    node: process.version,
    chromium,
  };
}

interface Row {
  measure: string;
  value: string;
  target: string;
  verdict: string;
}

const ms = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(0)} ms`);

function verdict(ok: boolean | undefined, miss: string): string {
  if (ok === undefined) return 'not measured';
  return ok ? 'met' : `missed by ${miss}`;
}

/** The share of tasks' wall time the thread spent off a CPU. */
function waiting(thread: ListingFigures['mainThread']): string {
  const share = 1 - thread.cpuSeconds / thread.taskSeconds;
  return Number.isFinite(share) ? `${Math.max(0, share * 100).toFixed(0)} %` : 'n/a';
}

export function rows(f: ListingFigures): Row[] {
  const worstTask = Math.max(0, ...f.longTasks);
  const over50 = f.longTasks.filter((d) => d > 50);
  const total = (h: { js: number; buffers: number }) => h.js + h.buffers;
  const growth = total(f.heapAtEnd) - total(f.heapAtFirstPage);
  const mib = (n: number) => `${n.toFixed(1)} MiB`;
  const paint = f.receivedToPaintMs;
  return [
    {
      measure: 'First rows on screen after the first page arrives',
      value: `${ms(paint)} (in DOM ${ms(f.receivedToDomMs)}; from the S3 server's reply ${ms(f.serverToPaintMs)})`,
      target: '≤ 150 ms',
      verdict: verdict(paint === undefined ? undefined : paint <= 150, `${ms((paint ?? 0) - 150)}`),
    },
    {
      measure: `Long tasks while scrolling ${f.subject}`,
      value:
        f.longTasks.length === 0
          ? 'none'
          : `${f.longTasks.length} (worst ${ms(worstTask)}; ${over50.length} over 50 ms)`,
      target: 'none over 50 ms',
      verdict: verdict(over50.length === 0, `${ms(worstTask - 50)} (${over50.length} tasks)`),
    },
    {
      measure: 'Main thread while scrolling: tasks (wall) / on a CPU',
      value: `${f.mainThread.taskSeconds.toFixed(1)} s / ${f.mainThread.cpuSeconds.toFixed(1)} s (${waiting(f.mainThread)} waiting for a core)`,
      target: '—',
      verdict: '—',
    },
    {
      measure: 'JS heap + array buffers, first page → all rows loaded (after GC)',
      value:
        `${mib(total(f.heapAtFirstPage))} → ${mib(total(f.heapAtEnd))} (+${mib(growth)}; ` +
        `heap ${mib(f.heapAtFirstPage.js)} → ${mib(f.heapAtEnd.js)}, ` +
        `buffers ${mib(f.heapAtFirstPage.buffers)} → ${mib(f.heapAtEnd.buffers)})`,
      target: '≤ 30 MiB growth',
      verdict: verdict(growth <= 30, `${(growth - 30).toFixed(1)} MiB`),
    },
    {
      measure: 'DOM rows (header included), most while scrolling / at the end',
      value: `${f.maxDomRows} / ${f.endDomRows}`,
      target: '< 200',
      verdict: verdict(f.maxDomRows < 200, `${f.maxDomRows - 199}`),
    },
    {
      measure: 'HEAD requests on objects (on the bucket)',
      value: `${f.headObject} (${f.headBucket})`,
      target: '0',
      verdict: verdict(f.headObject === 0, `${f.headObject}`),
    },
    ...(f.unaskedVersionLists === undefined
      ? []
      : [
          {
            measure: 'ListObjectVersions while the folder is browsed with versions off',
            value: String(f.unaskedVersionLists),
            target: '0',
            verdict: verdict(f.unaskedVersionLists === 0, String(f.unaskedVersionLists)),
          },
        ]),
    {
      measure: 'Scroll to the end',
      value: `${f.scrollFinished ? 'reached' : 'NOT reached'} in ${f.scrollSeconds.toFixed(1)} s, ${f.frames} frames, ${f.pagesLoaded} pages`,
      target: '—',
      verdict: '—',
    },
  ];
}

export function textReport(f: ListingFigures): string {
  return rows(f)
    .map((r) => `${r.measure}: ${r.value} [target ${r.target}: ${r.verdict}]`)
    .join('\n');
}

export function markdownReport(f: ListingFigures, m: Machine): string {
  const table = rows(f).map((r) => `| ${r.measure} | ${r.value} | ${r.target} | ${r.verdict} |`);
  const requests = Object.entries(f.requests)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `Run ${m.date} on ${m.cpu}, ${m.nproc} CPUs, ${m.memoryGiB} GiB RAM (load ${m.load}),`,
    `Node ${m.node}, ${m.chromium}, headless; viewport 1280 × 800.`,
    '',
    '| Measure | Result | Target | Verdict |',
    '| --- | --- | --- | --- |',
    ...table,
    '',
    `Requests the S3 server saw: ${requests}.`,
  ].join('\n');
}

/**
 * Replaces the generated block `name` (`listing-bench`, `listing-bench-versions`) of the results
 * page, keeping the hand-written text around it; a block not there yet goes at the end.
 */
export async function writeResults(path: string, block: string, name: string): Promise<void> {
  const START = `<!-- ${name}:start -->`;
  const END = `<!-- ${name}:end -->`;
  const current = await readFile(path, 'utf8').catch(
    () => `# Object list benchmark\n\n${START}\n${END}\n`,
  );
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start === -1 || end === -1
      ? `${current.trimEnd()}\n\n${START}\n\n${block}\n\n${END}\n`
      : `${current.slice(0, start + START.length)}\n\n${block.trim()}\n\n${current.slice(end)}`;
  // Formatted as `npm run lint` expects, so a fresh run leaves the docs clean.
  await writeFile(path, await format(next, { ...(await resolveConfig(path)), parser: 'markdown' }));
}
