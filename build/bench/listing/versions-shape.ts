import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openBenchPage, figuresOf } from './bench-page.js';
import { domRowsScript } from './page-probe.js';
import type { ListingFigures } from './report.js';
import type { ListingServer } from './s3-server.js';
import { VERSIONS_PER_KEY } from './versions-data.js';

const log = (line: string) => console.log(line);
const LIST_VERSIONS = 'ListObjectVersions';

/**
 * The versions browser: browse the folder of `keys` keys with versions off and count the
 * ListObjectVersions requests (none may be sent unasked), then turn on "Show versions" and
 * scroll every version and delete marker to the end.
 */
export async function runVersionsShape(
  browser: Browser,
  hostUrl: string,
  server: ListingServer,
  options: { keys: number; scrollLimitMs: number; screenshotDir: string },
): Promise<ListingFigures> {
  const bench = await openBenchPage(browser, hostUrl, server);
  const { page } = bench;
  const objects = page.getByRole('grid', { name: 'Objects' });
  const folderRow = objects.getByRole('row', { name: server.versionsFolder, exact: true });
  await folderRow.dblclick();
  // Key 0's latest is a delete marker: the plain list starts at key 1.
  await objects.getByRole('row', { name: 'doc-0000001.txt', exact: true }).waitFor();
  log(`browsing ${server.versionsFolder} with versions off, to the end of its object list…`);
  const plain = await bench.scrollToEnd('Objects', options.scrollLimitMs);
  if (!plain.scroll.finished) throw new Error('the plain object list did not reach its end');
  const unaskedVersionLists = server.counts.get(LIST_VERSIONS) ?? 0;

  const versions = VERSIONS_PER_KEY * options.keys;
  log(`showing ${versions.toLocaleString('en')} versions…`);
  // A key's heading names how many versions it has, which grows as pages land: match its start.
  await page.evaluate(`window.__listingProbe.watch('doc-0000000.txt · ', '^=')`);
  await page.getByRole('button', { name: 'Show versions' }).click();
  const first = await bench.firstRows('objects.versions.list');
  const sentAt = server.firstVersionsPageSentAt;

  const heapAtFirstPage = await bench.heapMiB();
  log(
    `first page shown; heap ${heapAtFirstPage.js.toFixed(1)} MiB + ${heapAtFirstPage.buffers.toFixed(1)} MiB buffers, ${String(await page.evaluate(domRowsScript('Versions')))} DOM rows; scrolling…`,
  );
  const { scroll, mainThread } = await bench.scrollToEnd('Versions', options.scrollLimitMs);
  const heapAtEnd = await bench.heapMiB();
  await page.screenshot({ path: join(options.screenshotDir, 'bench-versions-end.png') });
  // Every version and delete marker under a heading per key, plus the header row.
  const expected = versions + options.keys + 1;
  if (scroll.finished && scroll.rowCount !== String(expected)) {
    throw new Error(`the versions list ended at aria-rowcount ${scroll.rowCount}, not ${expected}`);
  }
  if (!scroll.finished) {
    log(
      `warning: the scroll stopped after ${options.scrollLimitMs / 1000} s at aria-rowcount ${scroll.rowCount}`,
    );
  }
  await page.context().close();
  return figuresOf({
    subject: `${versions.toLocaleString('en')} versions (${(expected - 1).toLocaleString('en')} rows with a heading per key)`,
    first,
    sentAt,
    heapAtFirstPage,
    heapAtEnd,
    scroll,
    mainThread,
    counts: server.counts,
    unaskedVersionLists,
  });
}
