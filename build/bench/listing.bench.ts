// Object list benchmark (issues 5 and 15): the built browser host and renderer in Debian
// Chromium against a loopback S3 stand-in. Two shapes: a 1,000,000-key folder in the object
// list, and a folder of 100,000 versions in the versions browser. Prints figures against the
// targets and writes them to docs/benchmarks-listing.md.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { startBrowserHost } from '../../e2e/fixtures/browser-host.js';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '../../e2e/fixtures/chromium.js';
import { runObjectShape } from './listing/object-shape.js';
import { describeMachine, markdownReport, textReport, writeResults } from './listing/report.js';
import type { ListingFigures } from './listing/report.js';
import { startListingServer } from './listing/s3-server.js';
import type { ListingServer } from './listing/s3-server.js';
import { runVersionsShape } from './listing/versions-shape.js';
import { VERSIONS_PER_KEY } from './listing/versions-data.js';

const ROWS = Number(process.env.BENCH_LISTING_ROWS ?? 1_000_000);
/** 25,000 keys of four versions each (delete markers among them): 100,000 versions. */
const VERSION_KEYS = Number(process.env.BENCH_LISTING_VERSION_KEYS ?? 100_000 / VERSIONS_PER_KEY);
/** Which shapes run: `objects`, `versions`, or both (the default), comma separated. */
const SHAPES = (process.env.BENCH_LISTING_SHAPES ?? 'objects,versions').split(',');
/** The whole run should stay near five minutes; the scroll is most of it. */
const SCROLL_LIMIT_MS = Number(process.env.BENCH_LISTING_SCROLL_MS ?? 240_000);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = join(ROOT, 'docs', 'benchmarks-listing.md');
const SCREENSHOTS = join(ROOT, 'test-results');
const log = (line: string) => console.log(line);

type Shape = (browser: Browser, hostUrl: string, server: ListingServer) => Promise<ListingFigures>;

const shapes: Record<string, { block: string; run: Shape }> = {
  objects: {
    block: 'listing-bench',
    run: (browser, url, server) =>
      runObjectShape(browser, url, server, {
        rows: ROWS,
        scrollLimitMs: SCROLL_LIMIT_MS,
        screenshotDir: SCREENSHOTS,
      }),
  },
  versions: {
    block: 'listing-bench-versions',
    run: (browser, url, server) =>
      runVersionsShape(browser, url, server, {
        keys: VERSION_KEYS,
        scrollLimitMs: SCROLL_LIMIT_MS,
        screenshotDir: SCREENSHOTS,
      }),
  },
};
const unknown = SHAPES.filter((name) => !(name in shapes));
if (unknown.length > 0) throw new Error(`BENCH_LISTING_SHAPES: no shape ${unknown.join(', ')}`);

const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], {
  encoding: 'utf8',
  // Debian's wrapper script complains on stderr about its own arithmetic; the version is on stdout.
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const browser = await chromium.launch(chromiumLaunchOptions());
const failures: string[] = [];
try {
  for (const name of SHAPES) {
    const shape = shapes[name];
    if (shape === undefined) continue;
    log(`--- ${name}`);
    // Each shape on a server and host of its own: its request counts are its own.
    const server = await startListingServer(ROWS, VERSION_KEYS);
    const host = await startBrowserHost();
    try {
      const figures = await shape.run(browser, host.url, server);
      log('');
      log(textReport(figures));
      await writeResults(
        DOCS,
        markdownReport(figures, describeMachine(chromiumVersion)),
        shape.block,
      );
      log(`\nwritten to ${DOCS}`);
      if (figures.headObject > 0)
        failures.push(`${name}: ${figures.headObject} HEAD requests on objects reached the server`);
      if ((figures.unaskedVersionLists ?? 0) > 0)
        failures.push(`${name}: ListObjectVersions sent while versions were off`);
    } finally {
      await host.stop();
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
if (failures.length > 0) throw new Error(failures.join('\n'));
