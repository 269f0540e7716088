import { join } from 'node:path';
import { openBenchPage, figuresOf } from './bench-page.js';
import { domRowsScript } from './page-probe.js';
import type { ListingFigures } from './report.js';
import { keyName } from './s3-server.js';
import type { ListingServer } from './s3-server.js';
import type { Browser } from '@playwright/test';

const log = (line: string) => console.log(line);

/** The object list: open the folder of `rows` keys and scroll it to its end. */
export async function runObjectShape(
  browser: Browser,
  hostUrl: string,
  server: ListingServer,
  options: { rows: number; scrollLimitMs: number; screenshotDir: string },
): Promise<ListingFigures> {
  const bench = await openBenchPage(browser, hostUrl, server);
  const { page } = bench;
  const grid = page.getByRole('grid', { name: 'Objects' });
  const folderRow = grid.getByRole('row', { name: server.folder, exact: true });
  await folderRow.waitFor();

  log(`opening ${server.folder} (${options.rows.toLocaleString('en')} keys)…`);
  const firstName = keyName('', 0);
  await page.evaluate(`window.__listingProbe.watch(${JSON.stringify(firstName)})`);
  await folderRow.dblclick();
  await grid.getByRole('row', { name: firstName, exact: true }).waitFor();
  const first = await bench.firstRows('objects.list');
  const sentAt = server.firstPageSentAt;

  const heapAtFirstPage = await bench.heapMiB();
  log(
    `first page shown; heap ${heapAtFirstPage.js.toFixed(1)} MiB + ${heapAtFirstPage.buffers.toFixed(1)} MiB buffers, ${String(await page.evaluate(domRowsScript('Objects')))} DOM rows; scrolling…`,
  );
  const { scroll, mainThread } = await bench.scrollToEnd('Objects', options.scrollLimitMs);
  const heapAtEnd = await bench.heapMiB();
  await page.screenshot({ path: join(options.screenshotDir, 'bench-listing-end.png') });
  if (!scroll.finished) {
    log(
      `warning: the scroll stopped after ${options.scrollLimitMs / 1000} s at aria-rowcount ${scroll.rowCount}`,
    );
  }
  await page.context().close();
  return figuresOf({
    subject: `${options.rows.toLocaleString('en')} rows`,
    first,
    sentAt,
    heapAtFirstPage,
    heapAtEnd,
    scroll,
    mainThread,
    counts: server.counts,
  });
}
